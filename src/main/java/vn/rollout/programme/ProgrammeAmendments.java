package vn.rollout.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.programme.quality.ProgrammeLimits;
import vn.rollout.resolution.Resolutions;
import vn.rollout.resolution.Term;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * Amendments of approved programmes (issue 25): the office proposes new, changed or cancelled items with a
 * reason, the standing committee approves or returns the proposal, and an approval changes the items
 * (through {@link ProgrammeItems}, the only writer of {@code programme_item}) and keeps the programme as it
 * stood before as a stored version, with who proposed and approved it, when and why. One undecided
 * amendment per programme, which the database enforces too.
 */
@Service
public class ProgrammeAmendments {

  public enum Status {
    DRAFT, PROPOSED, RETURNED, APPROVED, WITHDRAWN
  }

  /** An amendment and where it stands. */
  public record Amendment(long id, long programmeId, Status status, String reason, String reviewComments,
      String proposedBy) {}

  /** One change as stored: {@code itemId} for a change or a cancellation, null values kept from the item. */
  record Change(AmendmentChange.Action action, Long itemId, String content, String lead, LocalDate deadline, String output) {}

  /** The programme as it stood before an approved amendment. */
  public record Version(int version, long amendmentId, String itemsJson, String reason, String proposedBy,
      String approvedBy, java.time.Instant supersededAt) {}

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final ProgrammeItems items;
  private final ProgrammeLeads leads;
  private final Resolutions resolutions;

  ProgrammeAmendments(JdbcClient jdbc, Programmes programmes, ProgrammeItems items, ProgrammeLeads leads,
      Resolutions resolutions) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.items = items;
    this.leads = leads;
    this.resolutions = resolutions;
  }

  /**
   * Opens an amendment of the committee's approved programme.
   *
   * @return the amendment's id
   * @throws InvalidInputException when the committee has no approved programme of the resolution, or one of
   *     its amendments is not decided yet
   */
  @Transactional
  public long open(long resolutionId, String committeeCode, String openedBy, String processInstanceId) {
    Programme programme = programmes.approved(resolutionId, committeeCode)
        .orElseThrow(() -> new InvalidInputException("committeeCode",
            "Cấp ủy chưa có chương trình hành động được phê duyệt cho nghị quyết này: chưa thể sửa đổi."));
    if (pending(programme.id()).isPresent()) {
      throw pendingRefusal();
    }
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.sql("""
              INSERT INTO programme_amendment (programme_id, status, pending_programme_id, opened_at, opened_by,
                                               process_instance_id)
              VALUES (:programme, :status, :programme, :now, :by, :instance)""")
          .param("programme", programme.id())
          .param("status", Status.DRAFT.name())
          .param("now", Timestamp.from(EngineTime.now()))
          .param("by", openedBy)
          .param("instance", processInstanceId)
          .update(keys, "id");
    } catch (DuplicateKeyException e) {
      throw pendingRefusal();
    }
    return keys.getKeyAs(Number.class).longValue();
  }

  private static InvalidInputException pendingRefusal() {
    return new InvalidInputException("committeeCode",
        "Chương trình đang có một đề nghị sửa đổi chưa được quyết định: hoàn tất hoặc rút đề nghị đó trước.");
  }

  /** The programme's amendment not yet approved or withdrawn. */
  public Optional<Amendment> pending(long programmeId) {
    return jdbc.sql(SELECT + " WHERE pending_programme_id = :programme")
        .param("programme", programmeId)
        .query((rs, row) -> amendment(rs))
        .optional();
  }

  public Amendment find(long amendmentId) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", amendmentId).query((rs, row) -> amendment(rs)).single();
  }

  public Programme programme(long amendmentId) {
    return programmes.find(find(amendmentId).programmeId()).orElseThrow();
  }

  /**
   * The office's proposal, sent to the standing committee: replaces the changes of an earlier round.
   *
   * @throws InvalidInputException naming the field ({@code changes}, {@code changes[1].deadline},
   *     {@code amendmentReason}), in Vietnamese
   */
  @Transactional
  public void propose(long amendmentId, List<AmendmentChange> proposed, String reason, String proposedBy) {
    Amendment amendment = find(amendmentId);
    if (amendment.status() != Status.DRAFT && amendment.status() != Status.RETURNED) {
      throw new IllegalStateException("amendment " + amendmentId + " is " + amendment.status());
    }
    Programme programme = programmes.find(amendment.programmeId()).orElseThrow();
    List<Change> changes = validate(programme, proposed);
    String why = trim(reason);
    if (why == null) {
      throw new InvalidInputException("amendmentReason", "Chưa nêu lý do sửa đổi chương trình.");
    }
    if (ProgrammeLimits.length(why) > 2000) {
      throw new InvalidInputException("amendmentReason", "Lý do sửa đổi dài quá 2000 ký tự.");
    }
    jdbc.sql("DELETE FROM programme_amendment_change WHERE amendment_id = :id").param("id", amendmentId).update();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      jdbc.sql("""
              INSERT INTO programme_amendment_change (amendment_id, seq, action, item_id, content, lead_group, deadline, output)
              VALUES (:amendment, :seq, :action, :item, :content, :lead, :deadline, :output)""")
          .param("amendment", amendmentId)
          .param("seq", i)
          .param("action", change.action().name())
          .param("item", change.itemId())
          .param("content", change.content())
          .param("lead", change.lead())
          .param("deadline", change.deadline())
          .param("output", change.output())
          .update();
    }
    jdbc.sql("""
            UPDATE programme_amendment SET status = :status, reason = :reason, proposed_at = :now, proposed_by = :by
             WHERE id = :id""")
        .param("status", Status.PROPOSED.name())
        .param("reason", why)
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", proposedBy)
        .param("id", amendmentId)
        .update();
  }

  /** The office withdraws its proposal: the programme stays as it is and may be amended again. */
  @Transactional
  public void withdraw(long amendmentId, String by) {
    jdbc.sql("""
            UPDATE programme_amendment SET status = :status, pending_programme_id = NULL, decided_at = :now, decided_by = :by
             WHERE id = :id AND pending_programme_id IS NOT NULL""")
        .param("status", Status.WITHDRAWN.name())
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", by)
        .param("id", amendmentId)
        .update();
  }

  /**
   * The standing committee's decision: an approval is applied by {@link #apply}; a return needs comments.
   *
   * @throws InvalidInputException when a return gives no comments
   */
  @Transactional
  public void decide(long amendmentId, boolean approve, String comments, String decidedBy) {
    if (find(amendmentId).status() != Status.PROPOSED) {
      throw new IllegalStateException("amendment " + amendmentId + " is not before the standing committee");
    }
    if (!approve && trim(comments) == null) {
      throw new InvalidInputException("reviewComments", "Khi trả lại đề nghị sửa đổi, cần ghi rõ ý kiến.");
    }
    jdbc.sql("""
            UPDATE programme_amendment SET status = :status, review_comments = :comments, decided_at = :now, decided_by = :by
             WHERE id = :id""")
        .param("status", (approve ? Status.APPROVED : Status.RETURNED).name())
        .param("comments", trim(comments))
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", decidedBy)
        .param("id", amendmentId)
        .update();
  }

  /**
   * Applies an approved amendment: keeps the programme as it stood as a version, then cancels, changes
   * and adds its items. Checked again against the items as they stand now (one may have been done since
   * the proposal): a change that no longer holds refuses the whole amendment, nothing is applied.
   */
  @Transactional
  public AmendmentEffects apply(long amendmentId) {
    Amendment amendment = find(amendmentId);
    if (amendment.status() != Status.APPROVED) {
      throw new IllegalStateException("amendment " + amendmentId + " is not approved");
    }
    Programme programme = programmes.find(amendment.programmeId()).orElseThrow();
    List<Change> changes = stored(amendmentId);
    List<ExecutionItem> current = items.of(programme.resolutionId(), programme.committeeCode());
    recheck(programme, changes, current);
    keepVersion(programme.id(), amendmentId, current);
    String cancelReason = "Hủy theo sửa đổi chương trình " + nullToEmpty(programme.symbol()) + " được phê duyệt ngày "
        + VietnameseFormat.date(EngineTime.today()) + ": " + amendment.reason();
    List<Long> cancelled = new ArrayList<>();
    List<AmendmentEffects.ChangedItem> changed = new ArrayList<>();
    List<Long> added = new ArrayList<>();
    for (Change change : changes) {
      switch (change.action()) {
        case CANCEL -> {
          items.cancel(change.itemId(), programme.id(), cancelReason);
          cancelled.add(change.itemId());
        }
        case CHANGE -> {
          items.change(change.itemId(), change.content(), change.lead(), change.deadline(), change.output());
          if (change.deadline() != null || change.lead() != null) {
            ExecutionItem item = items.find(change.itemId()).orElseThrow();
            changed.add(new AmendmentEffects.ChangedItem(item.id(), item.dueDate(), item.leadGroup()));
          }
        }
        case ADD -> added.add(items.add(programme.id(), change.content(), change.lead(), change.deadline(), change.output()));
      }
    }
    jdbc.sql("UPDATE programme_amendment SET pending_programme_id = NULL WHERE id = :id").param("id", amendmentId).update();
    return new AmendmentEffects(programme.id(), programme.resolutionId(), programme.committeeCode(), programme.symbol(),
        amendment.reason(), cancelled, changed, added);
  }

  /** The programme's earlier versions, oldest first. */
  public List<Version> versions(long programmeId) {
    return jdbc.sql("""
            SELECT version, amendment_id, items, reason, proposed_by, approved_by, superseded_at
              FROM programme_version WHERE programme_id = :programme ORDER BY version""")
        .param("programme", programmeId)
        .query((rs, row) -> new Version(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getTimestamp(7).toInstant()))
        .list();
  }

  /** The proposal as lines an official reads: "Hủy nhiệm vụ 2: …", "Sửa nhiệm vụ 1: thời hạn 30/06/2027 (trước: …)". */
  public List<String> describe(long amendmentId) {
    Programme programme = programme(amendmentId);
    Map<String, String> names = leads.names(programme.committeeCode());
    List<ExecutionItem> current = items.of(programme.resolutionId(), programme.committeeCode());
    List<String> lines = new ArrayList<>();
    for (Change change : stored(amendmentId)) {
      int number = 0;
      ExecutionItem item = null;
      for (int i = 0; i < current.size(); i++) {
        if (change.itemId() != null && current.get(i).id() == change.itemId()) {
          number = i + 1;
          item = current.get(i);
        }
      }
      String lead = change.lead() == null ? null : names.getOrDefault(change.lead(), change.lead());
      switch (change.action()) {
        case ADD -> lines.add("Thêm nhiệm vụ: " + change.content() + " — chủ trì: " + lead + "; thời hạn "
            + VietnameseFormat.date(change.deadline()) + "; kết quả đầu ra: " + change.output());
        case CANCEL -> lines.add("Hủy nhiệm vụ " + number + ": " + (item == null ? "" : item.content()));
        case CHANGE -> {
          List<String> parts = new ArrayList<>();
          if (change.content() != null) {
            parts.add("nội dung: " + change.content());
          }
          if (lead != null) {
            parts.add("chủ trì: " + lead);
          }
          if (change.deadline() != null) {
            parts.add("thời hạn " + VietnameseFormat.date(change.deadline())
                + (item == null ? "" : " (trước: " + VietnameseFormat.date(item.dueDate() != null ? item.dueDate() : item.deadline()) + ")"));
          }
          if (change.output() != null) {
            parts.add("kết quả đầu ra: " + change.output());
          }
          lines.add("Sửa nhiệm vụ " + number + " (" + (item == null ? "" : item.content()) + "): " + String.join("; ", parts));
        }
      }
    }
    return lines;
  }

  // --- the rules ---

  private List<Change> validate(Programme programme, List<AmendmentChange> proposed) {
    if (proposed == null || proposed.isEmpty() || proposed.stream().allMatch(ProgrammeAmendments::blank)) {
      throw new InvalidInputException("changes", "Đề nghị sửa đổi chưa có thay đổi nào: thêm, sửa hoặc hủy ít nhất một nhiệm vụ.");
    }
    if (proposed.size() > ProgrammeLimits.ITEMS) {
      throw new InvalidInputException("changes", "Đề nghị có " + proposed.size() + " thay đổi, vượt quá giới hạn "
          + ProgrammeLimits.ITEMS + ".");
    }
    List<ExecutionItem> current = items.of(programme.resolutionId(), programme.committeeCode());
    Term term = resolutions.find(programme.resolutionId()).orElseThrow().term();
    Set<String> groups = leads.names(programme.committeeCode()).keySet();
    Set<Long> touched = new HashSet<>();
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < proposed.size(); i++) {
      AmendmentChange change = proposed.get(i);
      String field = "changes[" + i + "]";
      String what = "Thay đổi " + (i + 1);
      AmendmentChange.Action action;
      try {
        action = AmendmentChange.Action.valueOf(nullToEmpty(change.action()).strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(field + ".action", what + ": chưa chọn thêm, sửa hay hủy nhiệm vụ.");
      }
      String content = trim(change.content());
      String lead = trim(change.lead());
      String output = trim(change.output());
      LocalDate deadline = date(change.deadline(), field + ".deadline", what);
      length(content, ProgrammeLimits.CONTENT, field + ".content", what + ": nội dung");
      length(output, ProgrammeLimits.OUTPUT, field + ".output", what + ": kết quả đầu ra");
      if (lead != null && !groups.contains(lead)) {
        throw new InvalidInputException(field + ".lead", what + ": đơn vị chủ trì không thuộc cấp ủy.");
      }
      if (deadline != null) {
        inTerm(deadline, term, field + ".deadline", what);
      }
      if (action == AmendmentChange.Action.ADD) {
        if (change.itemNumber() != null) {
          throw new InvalidInputException(field + ".itemNumber", what + ": nhiệm vụ mới không có số thứ tự trong chương trình.");
        }
        if (content == null || lead == null || deadline == null || output == null) {
          throw new InvalidInputException(field, what + ": nhiệm vụ mới phải có nội dung, đơn vị chủ trì, thời hạn và kết quả đầu ra.");
        }
        changes.add(new Change(action, null, content, lead, deadline, output));
        continue;
      }
      Integer number = change.itemNumber();
      if (number == null || number < 1 || number > current.size()) {
        throw new InvalidInputException(field + ".itemNumber", what + ": chương trình không có nhiệm vụ số "
            + (number == null ? "(trống)" : number) + " (có " + current.size() + " nhiệm vụ).");
      }
      ExecutionItem item = current.get(number - 1);
      if (!touched.add(item.id())) {
        throw new InvalidInputException(field + ".itemNumber", what + ": nhiệm vụ " + number
            + " đã có trong một thay đổi khác của đề nghị này.");
      }
      if (item.status().done()) {
        throw new InvalidInputException(field + ".itemNumber", what + ": nhiệm vụ " + number
            + " đã hoàn thành, không thể " + (action == AmendmentChange.Action.CANCEL ? "hủy." : "sửa đổi."));
      }
      if (items.pendingExtension(item.id()).isPresent()) {
        throw new InvalidInputException(field + ".itemNumber", what + ": nhiệm vụ " + number
            + " đang chờ quyết định gia hạn; quyết định đề nghị gia hạn trước.");
      }
      if (action == AmendmentChange.Action.CANCEL) {
        changes.add(new Change(action, item.id(), null, null, null, null));
        continue;
      }
      String newContent = content == null || content.equals(item.content()) ? null : content;
      String newLead = lead == null || lead.equals(item.leadGroup()) ? null : lead;
      String newOutput = output == null || output.equals(item.output()) ? null : output;
      LocalDate inForce = item.dueDate() != null ? item.dueDate() : item.deadline();
      LocalDate newDeadline = deadline == null || deadline.equals(item.deadline()) && deadline.equals(inForce) ? null : deadline;
      if (newContent == null && newLead == null && newOutput == null && newDeadline == null) {
        throw new InvalidInputException(field, what + ": nhiệm vụ " + number + " không có gì thay đổi.");
      }
      changes.add(new Change(action, item.id(), newContent, newLead, newDeadline, newOutput));
    }
    long cancels = changes.stream().filter(change -> change.action() == AmendmentChange.Action.CANCEL).count();
    boolean adds = changes.stream().anyMatch(change -> change.action() == AmendmentChange.Action.ADD);
    if (!adds && cancels > 0 && cancels == current.size()) {
      throw new InvalidInputException("changes", "Không thể hủy mọi nhiệm vụ của chương trình: "
          + "chương trình hành động phải còn ít nhất một nhiệm vụ.");
    }
    return changes;
  }

  /** The stored changes checked again at approval: each item still in the programme and not done. */
  private void recheck(Programme programme, List<Change> changes, List<ExecutionItem> current) {
    Term term = resolutions.find(programme.resolutionId()).orElseThrow().term();
    for (Change change : changes) {
      if (change.itemId() != null) {
        ExecutionItem item = current.stream().filter(candidate -> candidate.id() == change.itemId()).findFirst()
            .orElseThrow(() -> new InvalidInputException("decision", "Một nhiệm vụ trong đề nghị không còn trong chương trình: "
                + "trả lại để Văn phòng lập lại đề nghị."));
        if (item.status().done()) {
          throw new InvalidInputException("decision", "Nhiệm vụ \"" + item.content()
              + "\" đã hoàn thành sau khi đề nghị được lập: trả lại để Văn phòng lập lại đề nghị.");
        }
        if (items.pendingExtension(item.id()).isPresent()) {
          throw new InvalidInputException("decision", "Nhiệm vụ \"" + item.content()
              + "\" đang chờ quyết định gia hạn: quyết định gia hạn trước, hoặc trả lại đề nghị.");
        }
      }
      if (change.deadline() != null && change.deadline().isBefore(EngineTime.today())) {
        throw new InvalidInputException("decision", "Thời hạn " + VietnameseFormat.date(change.deadline())
            + " trong đề nghị đã qua: trả lại để Văn phòng lập lại đề nghị.");
      }
      if (change.deadline() != null && change.deadline().isAfter(term.to())) {
        throw new IllegalStateException("deadline outside the term in a stored amendment");
      }
    }
  }

  private void keepVersion(long programmeId, long amendmentId, List<ExecutionItem> current) {
    int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM programme_version WHERE programme_id = :programme")
        .param("programme", programmeId).query(Integer.class).single();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      ExecutionItem item = current.get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", i + 1);
      row.put("itemId", item.id());
      row.put("content", item.content());
      row.put("lead", item.leadGroup());
      row.put("deadline", item.deadline() == null ? null : item.deadline().toString());
      row.put("dueDate", item.dueDate() == null ? null : item.dueDate().toString());
      row.put("output", item.output());
      row.put("target", item.target());
      row.put("status", item.status().name());
      row.put("progressPercent", item.progressPercent());
      rows.add(row);
    }
    String json;
    try {
      json = JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write programme version", e);
    }
    jdbc.sql("""
            INSERT INTO programme_version (programme_id, version, amendment_id, items, reason, proposed_by, proposed_at,
                                           approved_by, superseded_at)
            SELECT programme_id, :version, id, :items, reason, proposed_by, proposed_at, decided_by, :now
              FROM programme_amendment WHERE id = :amendment""")
        .param("version", version)
        .param("items", json)
        .param("now", Timestamp.from(EngineTime.now()))
        .param("amendment", amendmentId)
        .update();
  }

  private List<Change> stored(long amendmentId) {
    return jdbc.sql("""
            SELECT action, item_id, content, lead_group, deadline, output FROM programme_amendment_change
             WHERE amendment_id = :id ORDER BY seq""")
        .param("id", amendmentId)
        .query((rs, row) -> {
          long id = rs.getLong(2);
          Long itemId = rs.wasNull() ? null : id;
          return new Change(AmendmentChange.Action.valueOf(rs.getString(1)), itemId, rs.getString(3),
              rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6));
        })
        .list();
  }

  private static void inTerm(LocalDate deadline, Term term, String field, String what) {
    if (deadline.isBefore(EngineTime.today())) {
      throw new InvalidInputException(field, what + ": thời hạn " + VietnameseFormat.date(deadline) + " đã qua.");
    }
    if (deadline.isBefore(term.from()) || deadline.isAfter(term.to())) {
      throw new InvalidInputException(field, what + ": thời hạn " + VietnameseFormat.date(deadline)
          + " nằm ngoài nhiệm kỳ (" + VietnameseFormat.period(term.from(), term.to()) + ").");
    }
  }

  private static boolean blank(AmendmentChange change) {
    return change == null || trim(change.action()) == null && change.itemNumber() == null && trim(change.content()) == null
        && trim(change.lead()) == null && trim(change.deadline()) == null && trim(change.output()) == null;
  }

  private static LocalDate date(String text, String field, String what) {
    String value = trim(text);
    if (value == null) {
      return null;
    }
    try {
      // Tasklist's date picker sends yyyy-MM-dd; a date-time keeps its day
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, what + ": ngày \"" + value + "\" không đúng định dạng.");
    }
  }

  private static void length(String text, int limit, String field, String what) {
    int length = ProgrammeLimits.length(text);
    if (length > limit) {
      throw new InvalidInputException(field, what + " dài " + length + " ký tự, vượt quá giới hạn " + limit + " ký tự.");
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static final String SELECT =
      "SELECT id, programme_id, status, reason, review_comments, proposed_by FROM programme_amendment";

  private static Amendment amendment(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Amendment(rs.getLong(1), rs.getLong(2), Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
        rs.getString(6));
  }
}
