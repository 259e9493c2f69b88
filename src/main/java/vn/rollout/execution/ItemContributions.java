package vn.rollout.execution;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.programme.LeadOption;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.programme.ProgrammeLeads;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * Contributions of an item's coordinating units (đơn vị phối hợp) to the lead unit's quarterly progress report: the
 * lead asks some of the item's coordinators, with a deadline before the report's own; each answers in a task of its
 * own; the report shows the answers, and those who did not answer by the deadline are listed, not waited for.
 */
@Service
class ItemContributions {

  static final int CONTRIBUTION_LENGTH = 4000;

  /** One coordinator's answer, as the lead sees it in the report form. */
  record Answer(String unit, String contribution) {}

  private final JdbcClient jdbc;
  private final ProgrammeItems items;
  private final ProgrammeLeads leads;

  ItemContributions(JdbcClient jdbc, ProgrammeItems items, ProgrammeLeads leads) {
    this.jdbc = jdbc;
    this.items = items;
    this.leads = leads;
  }

  /** The coordinators the lead may ask: the item's coordinating units and organs, by name. */
  List<LeadOption> options(long itemId, String committeeCode) {
    Map<String, String> names = leads.names(committeeCode);
    return items.coordinators(itemId).stream().map(group -> new LeadOption(names.getOrDefault(group, group), group)).toList();
  }

  /**
   * Opens a round of contributions to the quarter's report.
   *
   * @throws InvalidInputException naming the field: no unit chosen, a unit that does not coordinate the item, a
   *     deadline missing, malformed, not after today or not before the report's deadline
   */
  @Transactional
  void request(long itemId, String quarter, List<String> groups, String dueText, LocalDate reportDue, String requestedBy) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String group : groups == null ? List.<String>of() : groups) {
      if (group != null && !group.isBlank()) {
        chosen.add(group.strip());
      }
    }
    if (chosen.isEmpty()) {
      throw new InvalidInputException("contributors", "Chưa chọn đơn vị phối hợp nào để đề nghị đóng góp.");
    }
    List<String> coordinators = items.coordinators(itemId);
    for (String group : chosen) {
      if (!coordinators.contains(group)) {
        throw new InvalidInputException("contributors", "\"" + group + "\" không phải đơn vị phối hợp của nhiệm vụ này; "
            + "chỉ đề nghị các đơn vị phối hợp đã ghi trong chương trình.");
      }
    }
    LocalDate due;
    try {
      due = dueText == null || dueText.isBlank() ? null : LocalDate.parse(dueText.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("contributionDueDate", "Hạn đóng góp \"" + dueText + "\" không đúng định dạng ngày.");
    }
    if (due == null) {
      throw new InvalidInputException("contributionDueDate", "Đề nghị đóng góp thì phải nêu hạn đóng góp.");
    }
    if (!due.isAfter(EngineTime.today())) {
      throw new InvalidInputException("contributionDueDate", "Hạn đóng góp phải sau hôm nay.");
    }
    if (!due.isBefore(reportDue)) {
      throw new InvalidInputException("contributionDueDate",
          "Hạn đóng góp phải trước hạn báo cáo quý (" + VietnameseFormat.date(reportDue) + ").");
    }
    int round = jdbc.sql("SELECT COALESCE(MAX(round), 0) FROM item_contribution WHERE item_id = :i AND quarter = :q")
        .param("i", itemId).param("q", quarter).query(Integer.class).single() + 1;
    for (String group : chosen) {
      jdbc.sql("""
              INSERT INTO item_contribution (item_id, quarter, round, group_id, due_date, requested_at, requested_by)
              VALUES (:i, :q, :round, :group, :due, :now, :by)""")
          .param("i", itemId).param("q", quarter).param("round", round).param("group", group).param("due", due)
          .param("now", Timestamp.from(EngineTime.now())).param("by", requestedBy)
          .update();
    }
  }

  /** The units asked in the quarter's latest round. */
  List<String> asked(long itemId, String quarter) {
    return jdbc.sql("""
            SELECT group_id FROM item_contribution
             WHERE item_id = :i AND quarter = :q
               AND round = (SELECT MAX(round) FROM item_contribution WHERE item_id = :i AND quarter = :q)
             ORDER BY group_id""")
        .param("i", itemId).param("q", quarter).query(String.class).list();
  }

  /**
   * Stores a coordinator's contribution to the quarter's latest round.
   *
   * @throws InvalidInputException when the text is empty or too long, or the unit was not asked or the round is over
   */
  @Transactional
  void answer(long itemId, String quarter, String groupId, String contribution, String answeredBy) {
    String text = contribution == null ? "" : contribution.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("contribution", "Chưa nhập nội dung đóng góp của đơn vị.");
    }
    if (text.length() > CONTRIBUTION_LENGTH) {
      throw new InvalidInputException("contribution", "Nội dung đóng góp dài quá 4.000 ký tự.");
    }
    int updated = jdbc.sql("""
            UPDATE item_contribution SET contribution = :text, answered_at = :now, answered_by = :by
             WHERE item_id = :i AND quarter = :q AND group_id = :g AND closed = FALSE AND answered_at IS NULL
               AND round = (SELECT MAX(round) FROM item_contribution WHERE item_id = :i AND quarter = :q)""")
        .param("text", text).param("now", Timestamp.from(EngineTime.now())).param("by", answeredBy)
        .param("i", itemId).param("q", quarter).param("g", groupId)
        .update();
    if (updated == 0) {
      throw new InvalidInputException("contribution", "Đợt đề nghị đóng góp này đã kết thúc hoặc đơn vị đã gửi đóng góp.");
    }
  }

  /** Ends the quarter's open round (all answered, or its deadline passed); returns who did not answer, by name. */
  @Transactional
  List<String> close(long itemId, String quarter, String committeeCode) {
    jdbc.sql("UPDATE item_contribution SET closed = TRUE WHERE item_id = :i AND quarter = :q AND closed = FALSE")
        .param("i", itemId).param("q", quarter).update();
    Map<String, String> names = leads.names(committeeCode);
    return jdbc.sql("""
            SELECT group_id FROM item_contribution
             WHERE item_id = :i AND quarter = :q AND answered_at IS NULL
               AND round = (SELECT MAX(round) FROM item_contribution WHERE item_id = :i AND quarter = :q)
             ORDER BY group_id""")
        .param("i", itemId).param("q", quarter).query(String.class).list().stream()
        .map(group -> names.getOrDefault(group, group)).toList();
  }

  /** Every contribution received for the quarter's report, in the order received. */
  List<Answer> answers(long itemId, String quarter, String committeeCode) {
    Map<String, String> names = leads.names(committeeCode);
    return jdbc.sql("""
            SELECT group_id, contribution FROM item_contribution
             WHERE item_id = :i AND quarter = :q AND answered_at IS NOT NULL
             ORDER BY answered_at, group_id""")
        .param("i", itemId).param("q", quarter)
        .query((rs, n) -> new Answer(names.getOrDefault(rs.getString(1), rs.getString(1)), rs.getString(2)))
        .list();
  }
}
