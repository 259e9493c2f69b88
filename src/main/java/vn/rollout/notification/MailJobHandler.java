package vn.rollout.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.rollout.process.JobsRecordedElsewhere;

/**
 * The job that sends one queued reminder mail ({@link Mails#queue}), registered with the engine as a
 * custom job handler: the job executor runs it in a transaction of its own, with the engine's retries,
 * and a mail server that stays down ends as a failed-job incident on the process instance in Cockpit,
 * where it can be retried. Its job log keeps failures only: the reminder's row records when the mail was
 * queued and when it was sent ({@link JobsRecordedElsewhere}).
 */
@Component
public class MailJobHandler extends AbstractProcessEnginePlugin
    implements JobHandler<MailJobHandler.QueuedMail>, JobsRecordedElsewhere {

  public static final String TYPE = "rollout-reminder-mail";

  /** The job's configuration: which reminder to mail. */
  record QueuedMail(long reminderId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return Long.toString(reminderId);
    }
  }

  // looked up when a job runs: Mails needs the engine this plugin configures
  private final ObjectProvider<Mails> mails;

  MailJobHandler(ObjectProvider<Mails> mails) {
    this.mails = mails;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(this);
    configuration.setCustomJobHandlers(handlers);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public Set<String> jobTypesRecordedElsewhere() {
    return Set.of(TYPE);
  }

  @Override
  public void execute(QueuedMail mail, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    mails.getObject().deliver(mail.reminderId());
  }

  @Override
  public QueuedMail newConfiguration(String canonicalString) {
    return new QueuedMail(Long.parseLong(canonicalString));
  }

  @Override
  public void onDelete(QueuedMail mail, JobEntity job) {
    // the reminder stays recorded, unsent
  }
}
