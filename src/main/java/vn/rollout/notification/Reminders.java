package vn.rollout.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.rollout.process.EngineTime;

/**
 * The reminders that the rollout's timers record before a deadline, once per rollout, kind and
 * deadline (a retried timer job records nothing twice). Sending them by email is a later step.
 */
@Service
public class Reminders {

  private final JdbcClient jdbc;

  Reminders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(long rolloutId, ReminderKind kind, LocalDate dueDate, String targetGroup) {
    jdbc.sql("""
            INSERT INTO reminder (rollout_id, kind, due_date, target_group, recorded_at)
            SELECT :rollout, :kind, :due, :target, :now FROM (VALUES (0)) AS one (x)
             WHERE NOT EXISTS (SELECT 1 FROM reminder WHERE rollout_id = :rollout AND kind = :kind AND due_date = :due)""")
        .param("rollout", rolloutId)
        .param("kind", kind.name())
        .param("due", dueDate)
        .param("target", targetGroup)
        .param("now", Timestamp.from(EngineTime.now()))
        .update();
  }
}
