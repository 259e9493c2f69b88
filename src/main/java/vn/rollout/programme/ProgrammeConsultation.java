package vn.rollout.programme;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.EngineTime;

/**
 * Comments on a draft programme before approval: the office sends the draft to chosen groups of its committee (organs
 * and units: a unit may be the Fatherland Front, or experts as its users) with a deadline; each comments item by item;
 * those that have not answered when the deadline passes are listed, not waited for.
 */
@Service
public class ProgrammeConsultation {

  /** A group's comment on one item (0: on the draft as a whole), as the office sees it beside its items. */
  public record Comment(int itemNumber, String itemContent, String groupId, String groupName, String comment) {}

  /** One row of the commenting form: an item of the draft and the group's comment on it. */
  public record ItemComment(Integer number, String content, String comment) {}

  private final JdbcClient jdbc;
  private final Programmes programmes;
  private final ProgrammeLeads leads;

  ProgrammeConsultation(JdbcClient jdbc, Programmes programmes, ProgrammeLeads leads) {
    this.jdbc = jdbc;
    this.programmes = programmes;
    this.leads = leads;
  }

  /** The groups the office may ask: the committee's organs and units, but the office itself. */
  public List<LeadOption> options(String committeeCode, String officeGroup) {
    return leads.options(committeeCode).stream().filter(option -> !option.value().equals(officeGroup)).toList();
  }

  /**
   * Opens a round of comments on the draft.
   *
   * @return the round's number, or 0 when no group was chosen (nothing asked)
   * @throws InvalidInputException naming the field: a group not of the committee, or a deadline missing, malformed,
   *     not after today or after the programme's own deadline
   */
  @Transactional
  public int request(long programmeId, String committeeCode, String officeGroup, List<String> groups, String deadlineText,
      LocalDate programmeDue, String requestedBy) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String group : groups == null ? List.<String>of() : groups) {
      if (group != null && !group.isBlank()) {
        chosen.add(group.strip());
      }
    }
    if (chosen.isEmpty()) {
      return 0;
    }
    Set<String> allowed = new LinkedHashSet<>();
    options(committeeCode, officeGroup).forEach(option -> allowed.add(option.value()));
    for (String group : chosen) {
      if (!allowed.contains(group)) {
        throw new InvalidInputException("consultGroups",
            "\"" + group + "\" không phải cơ quan, đơn vị của cấp ủy này; chỉ gửi lấy ý kiến trong danh sách.");
      }
    }
    LocalDate deadline;
    try {
      deadline = deadlineText == null || deadlineText.isBlank() ? null : LocalDate.parse(deadlineText.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("consultDeadline", "Hạn góp ý \"" + deadlineText + "\" không đúng định dạng ngày.");
    }
    if (deadline == null) {
      throw new InvalidInputException("consultDeadline", "Gửi lấy ý kiến thì phải nêu hạn góp ý.");
    }
    if (!deadline.isAfter(EngineTime.today())) {
      throw new InvalidInputException("consultDeadline", "Hạn góp ý phải sau hôm nay.");
    }
    if (deadline.isAfter(programmeDue)) {
      throw new InvalidInputException("consultDeadline",
          "Hạn góp ý không thể sau hạn ban hành chương trình (" + programmeDue + ").");
    }
    int round = jdbc.sql("SELECT COALESCE(MAX(round), 0) FROM programme_consultation WHERE programme_id = :p")
        .param("p", programmeId).query(Integer.class).single() + 1;
    for (String group : chosen) {
      jdbc.sql("""
              INSERT INTO programme_consultation (programme_id, round, group_id, deadline, requested_at, requested_by)
              VALUES (:p, :round, :group, :deadline, :now, :by)""")
          .param("p", programmeId)
          .param("round", round)
          .param("group", group)
          .param("deadline", deadline)
          .param("now", Timestamp.from(EngineTime.now()))
          .param("by", requestedBy)
          .update();
    }
    return round;
  }

  /** The draft's items for a group to comment on, one row each, and one for the draft as a whole. */
  public List<ItemComment> blankComments(long programmeId) {
    List<ProgrammeEntry> entries = programmes.entries(programmeId);
    List<ItemComment> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      rows.add(new ItemComment(i + 1, entries.get(i).content(), null));
    }
    rows.add(new ItemComment(0, "Ý kiến chung về dự thảo", null));
    return rows;
  }

  /**
   * Stores a group's comments on the latest round.
   *
   * @throws InvalidInputException when the group was not asked, the round is over, or nothing is said
   */
  @Transactional
  public void answer(long programmeId, String groupId, List<ItemComment> comments, String answeredBy) {
    Integer round = jdbc.sql("""
            SELECT round FROM programme_consultation
             WHERE programme_id = :p AND group_id = :g AND closed = FALSE AND answered_at IS NULL""")
        .param("p", programmeId).param("g", groupId).query(Integer.class).optional().orElseThrow(() ->
            new InvalidInputException("comments", "Đợt lấy ý kiến này đã kết thúc hoặc đơn vị đã góp ý."));
    Map<Integer, String> items = new LinkedHashMap<>();
    List<ProgrammeEntry> entries = programmes.entries(programmeId);
    for (int i = 0; i < entries.size(); i++) {
      items.put(i + 1, entries.get(i).content());
    }
    items.put(0, "Ý kiến chung về dự thảo");
    Map<Integer, String> said = new LinkedHashMap<>();
    for (ItemComment comment : comments) {
      if (comment.comment() == null || comment.comment().isBlank()) {
        continue;
      }
      if (comment.number() == null || !items.containsKey(comment.number())) {
        throw new InvalidInputException("comments", "Ý kiến cho nhiệm vụ không có trong dự thảo (số " + comment.number() + ").");
      }
      said.merge(comment.number(), comment.comment().strip(), (a, b) -> a + "\n" + b);
    }
    if (said.isEmpty()) {
      throw new InvalidInputException("comments", "Chưa có ý kiến nào: góp ý ít nhất một nhiệm vụ, hoặc ý kiến chung "
          + "(ví dụ \"Nhất trí với dự thảo\").");
    }
    said.forEach((number, text) -> jdbc.sql("""
            INSERT INTO programme_comment (programme_id, round, group_id, item_number, item_content, comment)
            VALUES (:p, :round, :g, :n, :content, :comment)""")
        .param("p", programmeId).param("round", round).param("g", groupId).param("n", number)
        .param("content", items.get(number)).param("comment", text).update());
    jdbc.sql("""
            UPDATE programme_consultation SET answered_at = :now, answered_by = :by
             WHERE programme_id = :p AND round = :round AND group_id = :g""")
        .param("now", Timestamp.from(EngineTime.now())).param("by", answeredBy)
        .param("p", programmeId).param("round", round).param("g", groupId).update();
  }

  /** Ends the latest round (everyone answered, or the deadline passed); returns the groups that did not answer. */
  @Transactional
  public List<String> close(long programmeId) {
    jdbc.sql("UPDATE programme_consultation SET closed = TRUE WHERE programme_id = :p AND closed = FALSE")
        .param("p", programmeId).update();
    return silent(programmeId);
  }

  /** The groups of the latest round that did not answer, by name. */
  public List<String> silent(long programmeId) {
    Map<String, String> names = names(programmeId);
    return jdbc.sql("""
            SELECT group_id FROM programme_consultation
             WHERE programme_id = :p AND answered_at IS NULL
               AND round = (SELECT MAX(round) FROM programme_consultation WHERE programme_id = :p)
             ORDER BY group_id""")
        .param("p", programmeId).query(String.class).list().stream().map(g -> names.getOrDefault(g, g)).toList();
  }

  /** Every comment on the programme's draft, latest round first, item by item. */
  public List<Comment> comments(long programmeId) {
    Map<String, String> names = names(programmeId);
    return jdbc.sql("""
            SELECT item_number, item_content, group_id, comment FROM programme_comment
             WHERE programme_id = :p ORDER BY round DESC, item_number, group_id""")
        .param("p", programmeId)
        .query((rs, n) -> new Comment(rs.getInt("item_number"), rs.getString("item_content"), rs.getString("group_id"),
            names.getOrDefault(rs.getString("group_id"), rs.getString("group_id")), rs.getString("comment")))
        .list();
  }

  private Map<String, String> names(long programmeId) {
    return programmes.find(programmeId).map(programme -> leads.names(programme.committeeCode())).orElse(Map.of());
  }
}
