package vn.rollout.process;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Full history, less what repeats a row written anyway. At history level {@code full} the engine writes every new
 * variable twice: its historic instance ({@code ACT_HI_VARINST}, with its value) and a first detail
 * ({@code ACT_HI_DETAIL}, the same value). For the variables that only copy what the product's own
 * tables hold, and that the models never change, the detail repeats the historic instance row for row,
 * and a rollout's start wrote dozens of them. This handler, Camunda's own {@link DbHistoryEventHandler}
 * in every other respect, leaves out the first detail of:
 * <ul>
 *   <li>a task's local variables: what its form shows, copied from the product's tables when the task
 *       is created ({@code Show…Listener}, {@code TaskHeading}); what an official submits into one of
 *       them is an update, and keeps its detail;</li>
 *   <li>the names in {@link #COPIES}: the ids and organ groups a rollout starts with and that its
 *       called processes receive, and the multi-instance element variables. A rollout's deadlines are
 *       no longer copied (the models read them from the resolution, {@code Deadlines#ofLevel}), nor are the
 *       quarterly cycles ({@code Cycles}); one set in Cockpit keeps its first detail.</li>
 * </ul>
 * What Tasklist's cards show of every rollout task ({@link #SHOWN}: the resolution's symbol, the committee's
 * name), set task-local when the task opens, writes no history at all: neither its historic instance nor its
 * detail. The product's tables hold both values, the task shows them and they go with the task. The rest of
 * the heading is not stored at all: the form reads it when it is opened ({@link TaskFormValues}). A later
 * change of one of them (nobody's form submits them; a REST client could) writes its historic instance and
 * its detail as any change does.
 * Every later change of any variable (an official's submission, a deadline moved in Cockpit) still
 * writes its detail, and the user operation log, which needs level {@code full}, is untouched. The
 * inspection cycle is not in {@link #COPIES}: a resolution's cycle can change while its rollouts run,
 * and its first detail is the only record of the cycle it had before.
 *
 * <p>The job log of a job a module records in its own table ({@link JobsRecordedElsewhere}: a reminder's mail,
 * whose row says when it was queued and when it was sent) keeps its failures and its deletion, not its
 * creation and success: two inserts fewer per mail, one of them in the transaction of the deadline that queues
 * it (tens of thousands at a national cut-off). A failed send still logs each failure with its stack trace and
 * ends as an incident. Cockpit's community edition shows no job log.
 */
@Component
class CopiedValuesHistory extends AbstractProcessEnginePlugin {

  static final Set<String> COPIES = Set.of(
      ResolutionRolloutProcess.Variables.RESOLUTION_ID,
      ResolutionRolloutProcess.Variables.ROLLOUT_ID,
      ResolutionRolloutProcess.Variables.COMMITTEE_CODE,
      ResolutionRolloutProcess.Variables.LEVEL,
      ResolutionRolloutProcess.Variables.PARENT_PROGRAMME_ID,
      ResolutionRolloutProcess.Variables.OFFICE_GROUP,
      ResolutionRolloutProcess.Variables.PROPAGANDA_GROUP,
      ResolutionRolloutProcess.Variables.STANDING_COMMITTEE_GROUP,
      ResolutionRolloutProcess.Variables.SUPERIOR_OFFICE_GROUP,
      ResolutionRolloutProcess.Variables.SUBORDINATE_BATCH,
      ResolutionRolloutProcess.Variables.SUBORDINATE_CODE,
      CommitteeReviewProcess.Variables.REVIEW_KIND,
      CommitteeReviewProcess.Variables.REPORT_OPENS,
      CommitteeReviewProcess.Variables.REPORT_CUTOFF,
      CommitteeReviewProcess.Variables.SUBORDINATES_REPORT_CUTOFF,
      CommitteeReviewProcess.Variables.CONFERENCE_BY,
      // the engine's own counter of a multi-instance body's instance
      "loopCounter");

  /** Task-local values a form and a task's card only show, read from the product's tables as the task opens. */
  static final Set<String> SHOWN = Set.of(
      ResolutionRolloutProcess.FormFields.RESOLUTION_SYMBOL,
      ResolutionRolloutProcess.FormFields.COMMITTEE_NAME);

  private final ObjectProvider<JobsRecordedElsewhere> recordedElsewhere;
  private volatile Set<String> jobTypesRecordedElsewhere;

  CopiedValuesHistory(ObjectProvider<JobsRecordedElsewhere> recordedElsewhere) {
    this.recordedElsewhere = recordedElsewhere;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine starts this list empty; the starter adds its own handlers the same way
    configuration.getCustomHistoryEventHandlers().add(new Handler(this::recordedElsewhere));
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Whether the event is the first value of a copied variable, whose detail would repeat its instance. */
  static boolean isFirstValueOfCopy(HistoricVariableUpdateEventEntity event) {
    return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && (event.getTaskId() != null || COPIES.contains(event.getVariableName()));
  }

  /** Whether the event is the first value of a task-local value its form only shows. */
  static boolean isShownOnly(HistoricVariableUpdateEventEntity event) {
    return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && event.getTaskId() != null && SHOWN.contains(event.getVariableName());
  }

  /** Whether the job's log entry is its creation or success, and a module's own table records both. */
  boolean recordedElsewhere(HistoricJobLogEvent log) {
    int state = log.getState();
    if (state != JobState.CREATED.getStateCode() && state != JobState.SUCCESSFUL.getStateCode()) {
      return false;
    }
    Set<String> types = jobTypesRecordedElsewhere;
    if (types == null) {
      // the modules' beans exist once the engine runs jobs; the plugin itself is made before them
      types = recordedElsewhere.orderedStream()
          .flatMap(module -> module.jobTypesRecordedElsewhere().stream())
          .collect(Collectors.toUnmodifiableSet());
      jobTypesRecordedElsewhere = types;
    }
    // a job with no job definition is logged with its handler's type (the engine's history event producer)
    return log.getJobDefinitionId() == null && types.contains(log.getJobDefinitionType());
  }

  static final class Handler extends DbHistoryEventHandler {

    private final Predicate<HistoricJobLogEvent> recordedElsewhere;

    Handler(Predicate<HistoricJobLogEvent> recordedElsewhere) {
      this.recordedElsewhere = recordedElsewhere;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricJobLogEvent log && recordedElsewhere.test(log))) {
        super.handleEvent(event);
      }
    }

    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
      // a later update finds no historic instance and writes one (DbHistoryEventHandler), a deletion finds none to mark
      if (!isShownOnly(event)) {
        super.insertHistoricVariableUpdateEntity(event);
      }
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && !isFirstValueOfCopy(event);
    }
  }
}
