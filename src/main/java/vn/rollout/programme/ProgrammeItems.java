package vn.rollout.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.calendar.WorkingDays;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * The items of approved programmes while they are carried out: progress, completion on time or late,
 * overdue, and deadline extensions.
 */
@Service("programmeItems")
public class ProgrammeItems {

  private final JdbcClient jdbc;
  private final WorkingDays workingDays;

  ProgrammeItems(JdbcClient jdbc, WorkingDays workingDays) {
    this.jdbc = jdbc;
    this.workingDays = workingDays;
  }

  public Optional<ExecutionItem> find(long itemId) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", itemId).query(ProgrammeItems::item).optional();
  }

  /** The task groups of the units (or organs) that coordinate the item, in the programme's order; none for a remedial item. */
  public List<String> coordinators(long itemId) {
    return jdbc.sql("SELECT coordinator_group FROM programme_item_coordinator WHERE item_id = :id ORDER BY seq")
        .param("id", itemId).query(String.class).list();
  }

  /**
   * The items of a committee's approved programme for a resolution; none before its programme is
   * approved (a draft's items are not tracked), as the status endpoint counts them.
   */
  public List<ExecutionItem> of(long resolutionId, String committeeCode) {
    return jdbc.sql(SELECT + " " + """
             WHERE programme_id = (SELECT id FROM programme p
                                    WHERE resolution_id = :resolution AND committee_code = :committee AND\s"""
            + Programmes.approvedSql("p") + ") ORDER BY seq")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .query(ProgrammeItems::item)
        .list();
  }

  /**
   * Creates a remedial item, outside any programme, that an inspection's conclusion asks of the
   * inspected committee's office or unit ({@code lead}); its execution starts with it.
   *
   * @return the item's id
   */
  @Transactional
  public long createRemedial(int seq, String content, String lead, LocalDate start, LocalDate deadline, String output) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, start_date, deadline, output)
            VALUES (NULL, :seq, :content, :lead, :start, :deadline, :output)""")
        .param("seq", seq)
        .param("content", content)
        .param("lead", lead)
        .param("start", start)
        .param("deadline", deadline)
        .param("output", output)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Puts an item into execution: its deadline in force is the programme's, moved to the next working day
   * when it falls on a day that is not one, unless already set.
   */
  @Transactional
  public ExecutionItem open(long itemId) {
    ExecutionItem item = require(itemId);
    if (item.dueDate() == null && item.deadline() != null) {
      jdbc.sql("UPDATE programme_item SET due_date = :due WHERE id = :id AND due_date IS NULL")
          .param("due", workingDays.onOrAfter(item.deadline()))
          .param("id", itemId)
          .update();
      return require(itemId);
    }
    return item;
  }

  /**
   * Records progress reported by the lead unit: on the execution task ({@code quarter} null) or in a
   * quarterly report. An item in progress turns blue; an overdue one stays red until done.
   *
   * @throws InvalidInputException when the percentage is missing or outside 0–100
   */
  @Transactional
  public void progress(long itemId, Integer percent, String note, String figure, String quarter, String reportedBy) {
    if (percent == null || percent < 0 || percent > 100) {
      throw new InvalidInputException("progressPercent", "Tiến độ phải là một số từ 0 đến 100 (%).");
    }
    jdbc.sql("""
            INSERT INTO item_progress (item_id, quarter, progress_percent, note, figure, reported_at, reported_by)
            VALUES (:item, :quarter, :percent, :note, :figure, :now, :by)""")
        .param("item", itemId)
        .param("quarter", quarter)
        .param("percent", percent)
        .param("note", trim(note))
        .param("figure", trim(figure))
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", reportedBy)
        .update();
    jdbc.sql("""
            UPDATE programme_item SET progress_percent = :percent,
                   status = CASE WHEN status = 'NOT_STARTED' THEN 'IN_PROGRESS' ELSE status END
             WHERE id = :id""")
        .param("percent", percent)
        .param("id", itemId)
        .update();
  }

  /**
   * Closes an item with its output: done on time (green) by the end of its deadline's day in Vietnam,
   * else late (orange).
   *
   * @throws InvalidInputException when no output is recorded
   */
  @Transactional
  public ItemStatus complete(long itemId, String outputAchieved, String targetReached, String evidence, String completedBy) {
    if (trim(outputAchieved) == null) {
      throw new InvalidInputException("outputAchieved", "Chưa nhập kết quả đầu ra đạt được: không thể hoàn thành nội dung.");
    }
    ExecutionItem item = require(itemId);
    ItemStatus status = EngineTime.today().isAfter(item.dueDate()) ? ItemStatus.DONE_LATE : ItemStatus.DONE_ON_TIME;
    jdbc.sql("""
            UPDATE programme_item SET status = :status, progress_percent = 100, completed_at = :now,
                   output_achieved = :output, target_reached = :target, evidence = :evidence
             WHERE id = :id""")
        .param("status", status.name())
        .param("now", Timestamp.from(EngineTime.now()))
        .param("output", trim(outputAchieved))
        .param("target", trim(targetReached))
        .param("evidence", trim(evidence))
        .param("id", itemId)
        .update();
    return status;
  }

  /** The deadline passed with the item open: it turns red. A done item stays as it is. */
  @Transactional
  public void markOverdue(long itemId) {
    jdbc.sql("UPDATE programme_item SET status = 'OVERDUE' WHERE id = :id AND status NOT IN ('DONE_ON_TIME', 'DONE_LATE')")
        .param("id", itemId)
        .update();
  }

  /**
   * The lead unit asks to move the deadline.
   *
   * @throws InvalidInputException when the new date is missing, malformed, not after the deadline in
   *     force or after {@code latest} (the end of the term), or no reason is given
   */
  @Transactional
  public void requestExtension(long itemId, String requestedDue, String reason, LocalDate latest, String requestedBy) {
    ExecutionItem item = require(itemId);
    LocalDate due;
    try {
      due = trim(requestedDue) == null ? null : LocalDate.parse(requestedDue.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("requestedDue", "Ngày đề nghị gia hạn \"" + requestedDue + "\" không đúng định dạng.");
    }
    if (due == null) {
      throw new InvalidInputException("requestedDue", "Chưa nhập thời hạn mới đề nghị.");
    }
    if (!due.isAfter(item.dueDate())) {
      throw new InvalidInputException("requestedDue", "Thời hạn mới phải sau thời hạn hiện hành ("
          + VietnameseFormat.date(item.dueDate()) + ").");
    }
    if (due.isAfter(latest)) {
      throw new InvalidInputException("requestedDue", "Thời hạn mới không thể sau khi kết thúc nhiệm kỳ ("
          + VietnameseFormat.date(latest) + ").");
    }
    if (trim(reason) == null) {
      throw new InvalidInputException("extensionReason", "Chưa nêu lý do đề nghị gia hạn.");
    }
    jdbc.sql("""
            INSERT INTO item_extension (item_id, previous_due, requested_due, reason, requested_at, requested_by)
            VALUES (:item, :previous, :requested, :reason, :now, :by)""")
        .param("item", itemId)
        .param("previous", item.dueDate())
        .param("requested", due)
        .param("reason", reason.strip())
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", requestedBy)
        .update();
  }

  /** The item's undecided extension request. */
  public Optional<Extension> pendingExtension(long itemId) {
    return jdbc.sql("""
            SELECT id, previous_due, requested_due, reason FROM item_extension
             WHERE item_id = :item AND approved IS NULL ORDER BY id DESC""")
        .param("item", itemId)
        .query((rs, row) -> new Extension(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
            rs.getString(4)))
        .list().stream().findFirst();
  }

  /** An extension request: the deadline in force when asked, the date asked for, and why. */
  public record Extension(long id, LocalDate previousDue, LocalDate requestedDue, String reason) {}

  /**
   * The standing committee's decision on the pending request. An approval moves the deadline in
   * force; an overdue item is back in progress (or not started) until the new deadline.
   *
   * @return the deadline in force after the decision
   * @throws InvalidInputException when a rejection gives no reason
   */
  @Transactional
  public LocalDate decideExtension(long itemId, boolean approve, String note, String decidedBy) {
    Extension extension = pendingExtension(itemId)
        .orElseThrow(() -> new IllegalStateException("item " + itemId + " has no pending extension request"));
    if (!approve && trim(note) == null) {
      throw new InvalidInputException("decisionNote", "Khi không đồng ý gia hạn, cần ghi rõ lý do.");
    }
    jdbc.sql("UPDATE item_extension SET approved = :approved, decision_note = :note, decided_at = :now, decided_by = :by WHERE id = :id")
        .param("approved", approve)
        .param("note", trim(note))
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", decidedBy)
        .param("id", extension.id())
        .update();
    if (approve) {
      jdbc.sql("""
              UPDATE programme_item SET due_date = :due,
                     status = CASE WHEN status <> 'OVERDUE' THEN status WHEN progress_percent > 0 THEN 'IN_PROGRESS'
                                   ELSE 'NOT_STARTED' END
               WHERE id = :id""")
          .param("due", workingDays.onOrAfter(extension.requestedDue()))
          .param("id", itemId)
          .update();
    }
    return require(itemId).dueDate();
  }

  /**
   * An approved amendment cancels an item not yet done: it leaves its programme (no count, list or
   * collection of the programme sees it) and keeps its row, progress and files, with why.
   *
   * @throws InvalidInputException when the item is done or no longer in the programme
   */
  @Transactional
  public void cancel(long itemId, long programmeId, String reason) {
    int cancelled = jdbc.sql("""
            UPDATE programme_item SET programme_id = NULL, cancelled_from = :programme, cancelled_at = :now,
                   cancel_reason = :reason
             WHERE id = :id AND programme_id = :programme AND status NOT IN ('DONE_ON_TIME', 'DONE_LATE')""")
        .param("programme", programmeId)
        .param("now", Timestamp.from(EngineTime.now()))
        .param("reason", reason)
        .param("id", itemId)
        .update();
    if (cancelled != 1) {
      throw new InvalidInputException("changes", "Nhiệm vụ \"" + require(itemId).content()
          + "\" đã hoàn thành hoặc không còn trong chương trình: không thể hủy.");
    }
  }

  /**
   * An approved amendment changes an item: a null value keeps the item's. A new deadline is the deadline in
   * force too (moved to the next working day); an overdue item is back in progress (or not started) until it.
   */
  @Transactional
  public void change(long itemId, String content, String lead, LocalDate deadline, String output) {
    jdbc.sql("""
            UPDATE programme_item SET content = COALESCE(:content, content), lead_group = COALESCE(:lead, lead_group),
                   output = COALESCE(:output, output)
             WHERE id = :id""")
        .param("content", content)
        .param("lead", lead)
        .param("output", output)
        .param("id", itemId)
        .update();
    if (deadline != null) {
      jdbc.sql("""
              UPDATE programme_item SET deadline = :deadline, due_date = :due,
                     status = CASE WHEN status <> 'OVERDUE' THEN status WHEN progress_percent > 0 THEN 'IN_PROGRESS'
                                   ELSE 'NOT_STARTED' END
               WHERE id = :id""")
          .param("deadline", deadline)
          .param("due", workingDays.onOrAfter(deadline))
          .param("id", itemId)
          .update();
    }
  }

  /**
   * An approved amendment adds an item at the end of the programme, starting today.
   *
   * @return the item's id
   */
  @Transactional
  public long add(long programmeId, String content, String lead, LocalDate deadline, String output) {
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), -1) + 1 FROM programme_item WHERE programme_id = :programme")
        .param("programme", programmeId)
        .query(Integer.class)
        .single();
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, start_date, deadline, output)
            VALUES (:programme, :seq, :content, :lead, :start, :deadline, :output)""")
        .param("programme", programmeId)
        .param("seq", seq)
        .param("content", content)
        .param("lead", lead)
        .param("start", EngineTime.today())
        .param("deadline", deadline)
        .param("output", output)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private ExecutionItem require(long itemId) {
    return find(itemId).orElseThrow(() -> new IllegalStateException("no programme item " + itemId));
  }

  private static final String SELECT = """
      SELECT id, programme_id, seq, content, lead_group, deadline, due_date, output, target, status, progress_percent,
             output_achieved, target_reached, evidence FROM programme_item""";

  private static ExecutionItem item(ResultSet rs, int row) throws SQLException {
    return new ExecutionItem(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("seq"), rs.getString("content"),
        rs.getString("lead_group"), rs.getObject("deadline", LocalDate.class), rs.getObject("due_date", LocalDate.class),
        rs.getString("output"), rs.getString("target"), ItemStatus.valueOf(rs.getString("status")),
        rs.getInt("progress_percent"), rs.getString("output_achieved"), rs.getString("target_reached"),
        rs.getString("evidence"));
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
