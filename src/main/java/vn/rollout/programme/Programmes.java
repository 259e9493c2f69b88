package vn.rollout.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.IssuedDocument;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.process.ResolutionRolloutProcess.FormFields;
import vn.rollout.programme.quality.CheckResult;
import vn.rollout.programme.quality.Finding;
import vn.rollout.programme.quality.FindingKind;
import vn.rollout.programme.quality.ProgrammeItem;
import vn.rollout.programme.quality.ProgrammeLimits;
import vn.rollout.programme.quality.ProgrammeQualityCheck;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.rollout.Rollout;
import vn.rollout.rollout.Rollouts;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/**
 * The action programmes (chương trình hành động): the office's draft, the automatic check, the standing
 * committee's decision, and the symbol issued on approval. Programme and items live here; the process
 * only carries the programme's id.
 */
@Service
public class Programmes {

  private final JdbcClient jdbc;
  private final ProgrammeLeads leads;
  private final ProgrammeQualityCheck qualityCheck;
  private final Resolutions resolutions;
  private final Rollouts rollouts;
  private final CommitteeDirectory committees;
  private final DocumentRegister register;

  Programmes(JdbcClient jdbc, ProgrammeLeads leads, ProgrammeQualityCheck qualityCheck, Resolutions resolutions,
      Rollouts rollouts, CommitteeDirectory committees, DocumentRegister register) {
    this.jdbc = jdbc;
    this.leads = leads;
    this.qualityCheck = qualityCheck;
    this.resolutions = resolutions;
    this.rollouts = rollouts;
    this.committees = committees;
    this.register = register;
  }

  public Optional<Programme> find(long programmeId) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", programmeId).query(Programmes::programme).optional();
  }

  public Optional<Programme> find(long resolutionId, String committeeCode) {
    return jdbc.sql(SELECT + " WHERE resolution_id = :resolution AND committee_code = :committee")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .query(Programmes::programme)
        .optional();
  }

  /**
   * The one definition of a committee's approved programme of a resolution, for every feature that acts
   * on it (execution, supervision, evaluation, the reviews); {@link #approvedSql} is the same rule for
   * queries that read across committees.
   */
  public Optional<Programme> approved(long resolutionId, String committeeCode) {
    return find(resolutionId, committeeCode).filter(programme -> programme.status() == Programme.Status.APPROVED);
  }

  /** {@link #approved} as a SQL condition on a {@code programme} row of alias {@code programme}. */
  public static String approvedSql(String programme) {
    return programme + ".status = '" + Programme.Status.APPROVED.name() + "'";
  }

  public List<ProgrammeEntry> entries(long programmeId) {
    Map<Long, List<String>> coordinators = new HashMap<>();
    jdbc.sql("""
            SELECT c.item_id, c.coordinator_group FROM programme_item_coordinator c
              JOIN programme_item i ON i.id = c.item_id
             WHERE i.programme_id = :programme ORDER BY c.item_id, c.seq""")
        .param("programme", programmeId)
        .query(rs -> {
          coordinators.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getString(2));
        });
    return jdbc.sql("""
            SELECT id, content, lead_group, budget_vnd, manpower, start_date, deadline, output, target
              FROM programme_item WHERE programme_id = :programme ORDER BY seq""")
        .param("programme", programmeId)
        .query((rs, row) -> new ProgrammeEntry(
            rs.getString("content"),
            rs.getString("lead_group"),
            coordinators.getOrDefault(rs.getLong("id"), List.of()),
            nullableLong(rs, "budget_vnd"),
            rs.getString("manpower"),
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("deadline", LocalDate.class),
            rs.getString("output"),
            rs.getString("target")))
        .list();
  }

  /** The findings of the programme's last automatic check, in the order the check gave them. */
  public List<Finding> findings(long programmeId) {
    return jdbc.sql("""
            SELECT item_index, kind, parent_item, similarity, message FROM programme_finding
             WHERE programme_id = :programme ORDER BY seq""")
        .param("programme", programmeId)
        .query((rs, row) -> new Finding(
            nullableInt(rs, "item_index"),
            FindingKind.valueOf(rs.getString("kind")),
            nullableInt(rs, "parent_item"),
            nullableDouble(rs, "similarity"),
            rs.getString("message")))
        .list();
  }

  /**
   * Stores the office's draft, replacing the previous one, its texts in Unicode NFC. Gaps (no lead, no
   * deadline, no output) are stored: finding them is the check's job. What cannot be stored is refused:
   * more items than {@link ProgrammeLimits#ITEMS}, a text longer than its column, a unit not of the
   * committee, a date not in {@code yyyy-MM-dd}.
   *
   * @return the programme's id
   * @throws InvalidInputException naming the field ({@code items}, {@code items[2].lead}), in Vietnamese
   */
  @Transactional
  public long saveDraft(long resolutionId, String committeeCode, List<DraftItem> items) {
    if (items.size() > ProgrammeLimits.ITEMS) {
      throw new InvalidInputException("items", "Chương trình có " + items.size() + " nhiệm vụ, vượt quá giới hạn "
          + ProgrammeLimits.ITEMS + " nhiệm vụ của một chương trình.");
    }
    Set<String> groups = new HashSet<>(leads.names(committeeCode).keySet());
    List<ProgrammeEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      entries.add(entry(items.get(i), i, groups));
    }
    Optional<Programme> existing = find(resolutionId, committeeCode);
    long programmeId;
    if (existing.isPresent()) {
      programmeId = existing.get().id();
      if (existing.get().status() == Programme.Status.APPROVED) {
        throw new IllegalStateException("programme " + programmeId + " is approved and cannot change");
      }
      jdbc.sql("DELETE FROM programme_item WHERE programme_id = :programme").param("programme", programmeId).update();
      status(programmeId, Programme.Status.DRAFT);
    } else {
      var keys = new GeneratedKeyHolder();
      jdbc.sql("INSERT INTO programme (resolution_id, committee_code, status) VALUES (:resolution, :committee, :status)")
          .param("resolution", resolutionId)
          .param("committee", committeeCode)
          .param("status", Programme.Status.DRAFT.name())
          .update(keys, "id");
      programmeId = keys.getKeyAs(Number.class).longValue();
    }
    for (int i = 0; i < entries.size(); i++) {
      insert(programmeId, i, entries.get(i));
    }
    return programmeId;
  }

  /**
   * The automatic check of a draft against the resolution's term and the parent's approved programme.
   * Its findings are kept for the office's form; a draft that passes goes before the standing committee.
   */
  @Transactional
  public CheckResult check(long programmeId) {
    Programme programme = require(programmeId);
    Resolution resolution = resolutions.find(programme.resolutionId()).orElseThrow();
    List<ProgrammeItem> items = checkable(programmeId, programme.committeeCode());
    List<ProgrammeItem> parentItems = rollouts.find(programme.resolutionId(), programme.committeeCode())
        .map(Rollout::parentProgrammeId)
        .flatMap(parentId -> parentId == null ? Optional.empty() : find(parentId))
        .map(parent -> checkable(parent.id(), parent.committeeCode()))
        .orElse(List.of());

    CheckResult result = qualityCheck.check(resolution.term(), items, parentItems);

    jdbc.sql("DELETE FROM programme_finding WHERE programme_id = :programme").param("programme", programmeId).update();
    List<Finding> findings = result.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      jdbc.sql("""
              INSERT INTO programme_finding (programme_id, seq, item_index, kind, parent_item, similarity, message)
              VALUES (:programme, :seq, :item, :kind, :parentItem, :similarity, :message)""")
          .param("programme", programmeId)
          .param("seq", i)
          .param("item", finding.item())
          .param("kind", finding.kind().name())
          .param("parentItem", finding.parentItem())
          .param("similarity", finding.similarity())
          .param("message", finding.message())
          .update();
    }
    status(programmeId, result.accepted() ? Programme.Status.IN_REVIEW : Programme.Status.CHECK_FAILED);
    return result;
  }

  /**
   * The standing committee's decision on a checked draft.
   *
   * @throws InvalidInputException when it returns the draft without saying why
   */
  @Transactional
  public void decide(long programmeId, boolean approve, String comments, String decidedBy) {
    Programme programme = require(programmeId);
    if (programme.status() != Programme.Status.IN_REVIEW) {
      throw new IllegalStateException("programme " + programmeId + " is " + programme.status() + ", not in review");
    }
    String text = comments == null || comments.isBlank() ? null : comments.strip();
    if (!approve && text == null) {
      throw new InvalidInputException("reviewComments", "Khi trả lại chương trình, cần ghi rõ ý kiến để Văn phòng sửa.");
    }
    jdbc.sql("UPDATE programme SET status = :status, review_comments = :comments, approved_by = :by WHERE id = :id")
        .param("status", (approve ? Programme.Status.IN_REVIEW : Programme.Status.RETURNED).name())
        .param("comments", text)
        .param("by", approve ? decidedBy : null)
        .param("id", programmeId)
        .update();
  }

  /**
   * Issues an approved programme: its number is the next in its committee's register of programmes (CTr)
   * for the year of approval, or the number the office typed from its paper register, and its symbol
   * {@code <nn>-CTr/<issuer>}. Issuing again changes nothing.
   *
   * @param typedNumber the number from the office's paper register, or {@code null}
   * @return the symbol
   */
  @Transactional
  public String issue(long programmeId, Integer typedNumber) {
    Programme programme = require(programmeId);
    if (programme.status() == Programme.Status.APPROVED) {
      return programme.symbol();
    }
    Committee committee = committees.find(programme.committeeCode()).orElseThrow();
    String approvedBy = jdbc.sql("SELECT approved_by FROM programme WHERE id = :id").param("id", programmeId)
        .query(String.class).optional().orElse(null);
    IssuedDocument issued = register.issue(DocumentKind.PROGRAMME, programmeId, committee.code(), committee.symbol(),
        EngineTime.today(), typedNumber, FormFields.PROGRAMME_NUMBER, approvedBy);
    jdbc.sql("""
            UPDATE programme SET status = :status, programme_number = :number, issued_year = :year, symbol = :symbol,
                                 approved_at = :now WHERE id = :id""")
        .param("status", Programme.Status.APPROVED.name())
        .param("number", issued.number())
        .param("year", issued.year())
        .param("symbol", issued.symbol())
        .param("now", Timestamp.from(EngineTime.now()))
        .param("id", programmeId)
        .update();
    return issued.symbol();
  }

  /**
   * Checks, before the standing committee's approval completes, that a number typed from the paper
   * register is free this year in the committee's register of programmes.
   *
   * @throws InvalidInputException naming {@link FormFields#PROGRAMME_NUMBER} when it is taken
   */
  public void requireFreeNumber(long programmeId, Integer typedNumber) {
    if (typedNumber == null) {
      return;
    }
    Committee committee = committees.find(require(programmeId).committeeCode()).orElseThrow();
    register.requireFree(DocumentKind.PROGRAMME, committee.code(), committee.symbol(), EngineTime.today().getYear(),
        typedNumber, FormFields.PROGRAMME_NUMBER);
  }

  /** The items as the quality check reads them: leads and coordinators by name. */
  private List<ProgrammeItem> checkable(long programmeId, String committeeCode) {
    Map<String, String> names = leads.names(committeeCode);
    return entries(programmeId).stream()
        .map(entry -> new ProgrammeItem(
            entry.content(),
            entry.lead() == null ? null : names.getOrDefault(entry.lead(), entry.lead()),
            entry.coordinators().stream().map(group -> names.getOrDefault(group, group)).toList(),
            entry.budgetVnd(),
            entry.manpower(),
            entry.start(),
            entry.deadline(),
            entry.output(),
            entry.target()))
        .toList();
  }

  private static ProgrammeEntry entry(DraftItem item, int index, Set<String> groups) {
    String field = "items[" + index + "]";
    String name = "Nhiệm vụ " + (index + 1);
    String content = trim(item.content());
    if (content == null) {
      throw new InvalidInputException(field + ".content", name + ": chưa nhập nội dung.");
    }
    length(content, ProgrammeLimits.CONTENT, field + ".content", name + ": nội dung");
    length(item.manpower(), ProgrammeLimits.MANPOWER, field + ".manpower", name + ": nhân lực");
    length(item.output(), ProgrammeLimits.OUTPUT, field + ".output", name + ": kết quả đầu ra");
    length(item.target(), ProgrammeLimits.TARGET, field + ".target", name + ": chỉ tiêu");
    String lead = trim(item.lead());
    if (lead != null && !groups.contains(lead)) {
      throw new InvalidInputException(field + ".lead", name + ": cơ quan, đơn vị chủ trì không thuộc cấp ủy này.");
    }
    List<String> coordinators = item.coordinators() == null ? List.of() : item.coordinators().stream()
        .map(Programmes::trim).filter(Objects::nonNull).distinct().toList();
    for (String coordinator : coordinators) {
      if (!groups.contains(coordinator)) {
        throw new InvalidInputException(field + ".coordinators", name + ": cơ quan, đơn vị phối hợp không thuộc cấp ủy này.");
      }
    }
    Long budget = Boolean.TRUE.equals(item.noBudget()) ? Long.valueOf(0) : item.budgetVnd();
    if (budget != null && budget < 0) {
      throw new InvalidInputException(field + ".budgetVnd", name + ": kinh phí không thể âm.");
    }
    return new ProgrammeEntry(content, lead, coordinators, budget, trim(item.manpower()),
        date(item.start(), field + ".start", name), date(item.deadline(), field + ".deadline", name),
        trim(item.output()), trim(item.target()));
  }

  private void insert(long programmeId, int seq, ProgrammeEntry entry) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, budget_vnd, manpower, start_date,
                                        deadline, output, target)
            VALUES (:programme, :seq, :content, :lead, :budget, :manpower, :start, :deadline, :output, :target)""")
        .param("programme", programmeId)
        .param("seq", seq)
        .param("content", entry.content())
        .param("lead", entry.lead())
        .param("budget", entry.budgetVnd())
        .param("manpower", entry.manpower())
        .param("start", entry.start())
        .param("deadline", entry.deadline())
        .param("output", entry.output())
        .param("target", entry.target())
        .update(keys, "id");
    long itemId = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < entry.coordinators().size(); i++) {
      jdbc.sql("INSERT INTO programme_item_coordinator (item_id, seq, coordinator_group) VALUES (:item, :seq, :group)")
          .param("item", itemId)
          .param("seq", i)
          .param("group", entry.coordinators().get(i))
          .update();
    }
  }

  private Programme require(long programmeId) {
    return find(programmeId).orElseThrow(() -> new IllegalStateException("no programme " + programmeId));
  }

  private void status(long programmeId, Programme.Status status) {
    jdbc.sql("UPDATE programme SET status = :status WHERE id = :id")
        .param("status", status.name())
        .param("id", programmeId)
        .update();
  }

  private static final String SELECT =
      "SELECT id, resolution_id, committee_code, status, review_comments, symbol FROM programme";

  private static Programme programme(ResultSet rs, int row) throws SQLException {
    return new Programme(rs.getLong("id"), rs.getLong("resolution_id"), rs.getString("committee_code"),
        Programme.Status.valueOf(rs.getString("status")), rs.getString("review_comments"), rs.getString("symbol"));
  }

  private static LocalDate date(String text, String field, String name) {
    String value = trim(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, name + ": ngày \"" + value + "\" không đúng định dạng.");
    }
  }

  private static void length(String text, int limit, String field, String what) {
    int length = ProgrammeLimits.length(trim(text));
    if (length > limit) {
      throw new InvalidInputException(field, what + " dài " + length + " ký tự, vượt quá giới hạn " + limit + " ký tự.");
    }
  }

  /** A text as stored: stripped, in NFC; none if blank. */
  private static String trim(String text) {
    return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
