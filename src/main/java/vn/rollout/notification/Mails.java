package vn.rollout.notification;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import vn.rollout.process.EngineTime;

/**
 * Sends a recorded reminder by email to the members of its target group (their Camunda user emails),
 * exactly once: the reminder's {@code sent_at} is claimed with
 * {@code UPDATE … WHERE id = ? AND sent_at IS NULL} in the transaction of the job that sends it, and
 * only the transaction that changed the row sends. A second node or a retried job waits for that row
 * and finds it claimed. If the send fails, the exception rolls the claim back with the job, which is
 * retried. Only a crash after the send and before the commit can send a mail twice (the job comes back
 * after its lock expires): at least once, never lost.
 *
 * <p>Without {@code spring.mail.host} (the default profile) there is no mail server: the mail is logged.
 */
@Service
public class Mails {

  private static final Logger LOG = LoggerFactory.getLogger(Mails.class);

  private final JdbcClient jdbc;
  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  Mails(JdbcClient jdbc, IdentityService identityService, ObjectProvider<JavaMailSender> sender,
      @Value("${rollout.mail.from}") String from) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.sender = sender;
    this.from = from;
  }

  /** @return whether this call sent it (false: sent before, or nobody in the group has an email) */
  public boolean sendOnce(long reminderId, String subject, String body) {
    int claimed = jdbc.sql("UPDATE reminder SET sent_at = :now WHERE id = :id AND sent_at IS NULL")
        .param("now", Timestamp.from(EngineTime.now()))
        .param("id", reminderId)
        .update();
    if (claimed != 1) {
      return false;
    }
    String group = jdbc.sql("SELECT target_group FROM reminder WHERE id = :id").param("id", reminderId)
        .query(String.class).single();
    List<String> recipients = identityService.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .sorted()
        .toList();
    if (recipients.isEmpty()) {
      LOG.warn("Reminder {}: nobody in group {} has an email", reminderId, group);
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(recipients.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    JavaMailSender mailSender = sender.getIfAvailable();
    if (mailSender == null) {
      LOG.info("Mail (no SMTP server configured) to {}: {}\n{}", recipients, subject, body);
    } else {
      mailSender.send(message);
    }
    return true;
  }
}
