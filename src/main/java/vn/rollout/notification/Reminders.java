package vn.rollout.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import vn.rollout.shared.EngineTime;

/**
 * The reminders and escalations that the rollout's timers record around a deadline, once per rollout,
 * kind, deadline and subject (a retried timer job records nothing twice). {@link Mails} sends each once.
 */
@Service
public class Reminders {

  /** The subject of a reminder about one programme item. */
  public static String item(long itemId) {
    return "item:" + itemId;
  }

  private final JdbcClient jdbc;

  Reminders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return the reminder's id, new or recorded before */
  public long record(long rolloutId, ReminderKind kind, LocalDate dueDate, String targetGroup) {
    return record(rolloutId, kind, dueDate, targetGroup, "");
  }

  /** @return the reminder's id, new or recorded before */
  public long record(long rolloutId, ReminderKind kind, LocalDate dueDate, String targetGroup, String subject) {
    // a new reminder's id comes back with its insert; only one recorded before is looked up
    var key = new GeneratedKeyHolder();
    int recorded = jdbc.sql("""
            INSERT INTO reminder (rollout_id, kind, due_date, target_group, subject, recorded_at)
            SELECT :rollout, :kind, :due, :target, :subject, :now FROM (VALUES (0)) AS one (x)
             WHERE NOT EXISTS (SELECT 1 FROM reminder WHERE rollout_id = :rollout AND kind = :kind AND due_date = :due
                                                        AND subject = :subject)""")
        .param("rollout", rolloutId)
        .param("kind", kind.name())
        .param("due", dueDate)
        .param("target", targetGroup)
        .param("subject", subject)
        .param("now", Timestamp.from(EngineTime.now()))
        .update(key, "id");
    if (recorded == 1) {
      return key.getKeyAs(Number.class).longValue();
    }
    return jdbc.sql("SELECT id FROM reminder WHERE rollout_id = :rollout AND kind = :kind AND due_date = :due AND subject = :subject")
        .param("rollout", rolloutId)
        .param("kind", kind.name())
        .param("due", dueDate)
        .param("subject", subject)
        .query(Long.class)
        .single();
  }
}
