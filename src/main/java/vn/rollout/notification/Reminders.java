package vn.rollout.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import vn.rollout.shared.EngineTime;

/**
 * The reminders and escalations that the rollout's timers record around a deadline, once per rollout,
 * kind, deadline and subject (a retried timer job records nothing twice), each with the text of its mail, which
 * {@link Mails} sends once.
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

  /**
   * A reminder or escalation about one deadline, recorded once per rollout, kind, deadline and subject (the
   * subject names what the reminder is about when a rollout has several of a kind on one day, as its items).
   */
  public record Reminder(long rolloutId, ReminderKind kind, LocalDate dueDate, String targetGroup, String subject) {

    public Reminder(long rolloutId, ReminderKind kind, LocalDate dueDate, String targetGroup) {
      this(rolloutId, kind, dueDate, targetGroup, "");
    }
  }

  /**
   * Records the reminder with its mail's text, in one statement when it is new. A reminder recorded before with
   * its mail (a timer fired again, a notice recorded twice) is left as it is; one recorded before without a mail
   * gets this one.
   *
   * @return the id of the reminder whose mail is to be sent, empty when its mail was written before
   */
  Optional<Long> recordWithMail(Reminder reminder, String mailSubject, String mailBody) {
    var key = new GeneratedKeyHolder();
    int recorded = jdbc.sql("""
            INSERT INTO reminder (rollout_id, kind, due_date, target_group, subject, recorded_at, mail_subject, mail_body)
            SELECT :rollout, :kind, :due, :target, :subject, :now, :mailSubject, :mailBody FROM (VALUES (0)) AS one (x)
             WHERE NOT EXISTS (SELECT 1 FROM reminder WHERE rollout_id = :rollout AND kind = :kind AND due_date = :due
                                                        AND subject = :subject)""")
        .param("rollout", reminder.rolloutId())
        .param("kind", reminder.kind().name())
        .param("due", reminder.dueDate())
        .param("target", reminder.targetGroup())
        .param("subject", reminder.subject())
        .param("now", Timestamp.from(EngineTime.now()))
        .param("mailSubject", mailSubject)
        .param("mailBody", mailBody)
        .update(key, "id");
    if (recorded == 1) {
      return Optional.of(key.getKeyAs(Number.class).longValue());
    }
    long id = jdbc.sql("SELECT id FROM reminder WHERE rollout_id = :rollout AND kind = :kind AND due_date = :due AND subject = :subject")
        .param("rollout", reminder.rolloutId())
        .param("kind", reminder.kind().name())
        .param("due", reminder.dueDate())
        .param("subject", reminder.subject())
        .query(Long.class)
        .single();
    int written = jdbc.sql("UPDATE reminder SET mail_subject = :subject, mail_body = :body WHERE id = :id AND mail_subject IS NULL")
        .param("subject", mailSubject)
        .param("body", mailBody)
        .param("id", id)
        .update();
    return written == 1 ? Optional.of(id) : Optional.empty();
  }
}
