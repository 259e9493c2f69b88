package vn.rollout.notification;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import vn.rollout.shared.EngineTime;

/**
 * Mails a recorded reminder to the members of its target group (their Camunda user emails), exactly
 * once, in two steps.
 *
 * <p>{@link #queue} records the reminder with its mail's text and adds a job ({@link MailJobHandler}) in
 * the caller's transaction, usually a timer's: if that transaction rolls back, neither exists. The
 * job then {@link #deliver delivers} it in a transaction of its own, so a slow or absent mail server
 * neither holds up nor rolls back the escalation the timer created; a failed send is retried by the
 * engine and ends as an incident in Cockpit.
 *
 * <p>Delivery claims the reminder's {@code sent_at} with {@code UPDATE … WHERE id = ? AND sent_at IS
 * NULL} and only the transaction that changed the row sends. A second node or a retried job waits for
 * that row and finds it claimed. If the send fails, the exception rolls the claim back with the job,
 * which is retried. Only a crash after the send and before the commit can send a mail twice (the job
 * comes back after its lock expires): at least once, never lost.
 *
 * <p>Without {@code spring.mail.host} (the default profile) there is no mail server: the mail is logged.
 */
@Service
public class Mails {

  private static final Logger LOG = LoggerFactory.getLogger(Mails.class);

  private final JdbcClient jdbc;
  private final Reminders reminders;
  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> sender;
  private final ProcessEngineConfigurationImpl engine;
  private final String from;

  Mails(JdbcClient jdbc, Reminders reminders, IdentityService identityService, ObjectProvider<JavaMailSender> sender,
      ProcessEngineConfigurationImpl engine, @Value("${rollout.mail.from}") String from) {
    this.jdbc = jdbc;
    this.reminders = reminders;
    this.identityService = identityService;
    this.sender = sender;
    this.engine = engine;
    this.from = from;
  }

  /**
   * Records the reminder with its mail and schedules the mail's delivery, in the caller's transaction; nothing if
   * it was queued before (a timer fired again, a notice recorded twice).
   *
   * @return whether this call queued it
   */
  public boolean queue(Reminders.Reminder reminder, String subject, String body) {
    Optional<Long> recorded = reminders.recordWithMail(reminder, subject, body);
    if (recorded.isEmpty()) {
      return false;
    }
    long reminderId = recorded.get();
    engine.getCommandExecutorTxRequired().execute(commandContext -> {
      MessageEntity job = new MessageEntity();
      job.setJobHandlerType(MailJobHandler.TYPE);
      job.setJobHandlerConfiguration(new MailJobHandler.QueuedMail(reminderId));
      // mails do not touch the process: they run beside its other jobs
      job.setExclusive(false);
      // due now, as the engine dates its own jobs with ensure-job-due-date-not-null (the postgres profile),
      // whose acquisition then finds only jobs with a due date (README, Job executor)
      job.setDuedate(Date.from(EngineTime.now()));
      BpmnExecutionContext context = Context.getBpmnExecutionContext();
      if (context != null) {
        // on the process instance whose timer queued it: seen, and retried, there in Cockpit
        ExecutionEntity instance = context.getExecution().getProcessInstance();
        job.setExecution(instance);
        job.setProcessDefinitionId(instance.getProcessDefinitionId());
        job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
        job.setDeploymentId(instance.getProcessDefinition().getDeploymentId());
        job.setTenantId(instance.getTenantId());
      }
      commandContext.getJobManager().send(job);
      return null;
    });
    return true;
  }

  /** @return whether this call sent it (false: sent before, or nobody in the group has an email) */
  boolean deliver(long reminderId) {
    int claimed = jdbc.sql("UPDATE reminder SET sent_at = :now WHERE id = :id AND sent_at IS NULL")
        .param("now", Timestamp.from(EngineTime.now()))
        .param("id", reminderId)
        .update();
    if (claimed != 1) {
      return false;
    }
    QueuedMail mail = jdbc.sql("SELECT target_group, mail_subject, mail_body FROM reminder WHERE id = :id")
        .param("id", reminderId)
        .query(QueuedMail.class)
        .single();
    List<String> recipients = identityService.createUserQuery().memberOfGroup(mail.targetGroup()).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .sorted()
        .toList();
    if (recipients.isEmpty()) {
      LOG.warn("Reminder {}: nobody in group {} has an email", reminderId, mail.targetGroup());
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(recipients.toArray(String[]::new));
    message.setSubject(mail.mailSubject());
    message.setText(mail.mailBody());
    JavaMailSender mailSender = sender.getIfAvailable();
    if (mailSender == null) {
      LOG.info("Mail (no SMTP server configured) to {}: {}\n{}", recipients, mail.mailSubject(), mail.mailBody());
    } else {
      mailSender.send(message);
    }
    return true;
  }

  private record QueuedMail(String targetGroup, String mailSubject, String mailBody) {}
}
