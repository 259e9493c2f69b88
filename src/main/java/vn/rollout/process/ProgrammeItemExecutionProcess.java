package vn.rollout.process;

/**
 * The execution of one item of an approved programme ({@code processes/ProgrammeItemExecution.bpmn}),
 * called once per item by the rollout's phase "Tổ chức thực hiện": its key, element ids, variables and
 * form fields.
 */
public final class ProgrammeItemExecutionProcess {

  public static final String KEY = "ProgrammeItemExecution";

  public static final String TASK_OPEN_ITEM = "Task_OpenItem";
  public static final String SUB_PROCESS_ITEM_WORK = "SubProcess_ItemWork";
  public static final String TASK_EXECUTE_ITEM = "Task_ExecuteItem";
  public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
  public static final String END_ITEM_DONE = "EndEvent_ItemDone";
  public static final String END_EXTENSION_GRANTED = "EndEvent_ExtensionGranted";
  public static final String START_ITEM_REMINDER_DUE = "StartEvent_ItemReminderDue";
  public static final String TASK_REMIND_ITEM_LEAD = "Task_RemindItemLead";
  public static final String START_ITEM_OVERDUE = "StartEvent_ItemOverdue";
  public static final String TASK_MARK_ITEM_OVERDUE = "Task_MarkItemOverdue";
  public static final String TASK_FOLLOW_UP_OVERDUE_ITEM = "Task_FollowUpOverdueItem";
  public static final String START_QUARTER_DUE = "StartEvent_QuarterDue";
  public static final String TASK_REPORT_QUARTERLY_PROGRESS = "Task_ReportQuarterlyProgress";
  /** A coordinating unit's contribution to the lead's quarterly report, one per unit asked (issue 25). */
  public static final String TASK_CONTRIBUTE_TO_PROGRESS = "Task_ContributeToProgress";
  public static final String BOUNDARY_CONTRIBUTION_DEADLINE = "BoundaryEvent_ContributionDeadline";
  public static final String END_QUARTER_REPORTED = "EndEvent_QuarterReported";
  /** A coordinating unit's view of the item it coordinates, one per coordinator, while the item runs (issue 25). */
  public static final String TASK_FOLLOW_COORDINATED_ITEM = "Task_FollowCoordinatedItem";
  public static final String END_COORDINATION_FOLLOWED = "EndEvent_CoordinationFollowed";
  public static final String END_ITEM_EXECUTED = "EndEvent_ItemExecuted";

  /** In the rollout: the call of this process, once per item. */
  public static final String CALL_ACTIVITY_EXECUTE_ITEMS = "CallActivity_ExecuteItems";

  private ProgrammeItemExecutionProcess() {}

  public static final class Variables {
    /** The element variable of the rollout's call: one item's id. */
    public static final String ITEM_ID = "itemId";
    public static final String LEAD_GROUP = "leadGroup";
    /** The deadline in force, end of its day in Vietnam; an approved extension moves it. */
    public static final String ITEM_DUE = "itemDue";
    /** A cycle (cron) of the quarterly progress reports, set at the rollout's start. */
    public static final String PROGRESS_REPORT_CYCLE = "progressReportCycle";
    /** What the lead unit's last submission was: {@code PROGRESS}, {@code DONE} or {@code EXTEND}. */
    public static final String ITEM_ACTION = "itemAction";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    /** In a quarterly report's scope: the quarter reported ({@code 2026-Q1}) and the report's deadline, fixed when it opens. */
    public static final String REPORT_QUARTER = "reportQuarter";
    public static final String REPORT_DUE = "reportDue";
    /** In a quarterly report's scope: what the lead's last submission was, {@code REPORT} or {@code ASK}. */
    public static final String PROGRESS_ACTION = "progressAction";
    /** In a quarterly report's scope: the contributions' deadline, end of its day in Vietnam. */
    public static final String CONTRIBUTION_DUE = "contributionDue";
    /** The element variable of "Đóng góp vào báo cáo tiến độ quý": the coordinator asked. */
    public static final String CONTRIBUTOR_GROUP = "contributorGroup";
    /** The element variable of "Theo dõi nội dung phối hợp": one coordinator of the item. */
    public static final String COORDINATOR_GROUP = "coordinatorGroup";

    private Variables() {}
  }

  public static final class FormFields {
    public static final String ITEM_CONTENT = "itemContent";
    public static final String ITEM_OUTPUT = "itemOutput";
    public static final String ITEM_TARGET = "itemTarget";
    public static final String ITEM_DUE_TEXT = "itemDueText";
    public static final String ITEM_STATUS_TEXT = "itemStatusText";
    public static final String LEAD_NAME = "leadName";

    public static final String ACTION = "action";
    public static final String ACTION_PROGRESS = "PROGRESS";
    public static final String ACTION_DONE = "DONE";
    public static final String ACTION_EXTEND = "EXTEND";
    public static final String PROGRESS_PERCENT = "progressPercent";
    public static final String STATUS_NOTE = "statusNote";
    public static final String OUTPUT_ACHIEVED = "outputAchieved";
    public static final String TARGET_REACHED = "targetReached";
    /** The resolution's targets the item serves with the value reached: a dynamic list of {@code execution.TargetValue}. */
    public static final String TARGET_VALUES = "targetValues";
    public static final String EVIDENCE = "evidence";
    /** the item's files (evidence) so far, and how to send more */
    public static final String ATTACHMENTS_TEXT = "attachmentsText";
    public static final String REQUESTED_DUE = "requestedDue";
    public static final String EXTENSION_REASON = "extensionReason";

    public static final String QUARTER_TEXT = "quarterText";
    /** The quarterly report's choice: send it ({@code REPORT}) or first ask coordinators ({@code ASK}). */
    public static final String PROGRESS_ACTION = "progressAction";
    public static final String PROGRESS_ACTION_REPORT = "REPORT";
    public static final String PROGRESS_ACTION_ASK = "ASK";
    /** The coordinators asked (a checklist of task groups) and the options it offers. */
    public static final String CONTRIBUTORS = "contributors";
    public static final String CONTRIBUTOR_OPTIONS = "contributorOptions";
    /** The contributions' deadline as the form submits it, yyyy-MM-dd. */
    public static final String CONTRIBUTION_DUE_DATE = "contributionDueDate";
    /** In the report: the contributions received (a list of unit and text) and who did not answer in time. */
    public static final String CONTRIBUTIONS = "contributions";
    public static final String SILENT_CONTRIBUTORS_TEXT = "silentContributorsText";
    /** In the coordinator's task: the contribution and its deadline. */
    public static final String CONTRIBUTION = "contribution";
    public static final String CONTRIBUTION_DUE_TEXT = "contributionDueText";
    /** In the coordinator's task: the report's deadline and what the lead asks. */
    public static final String REPORT_DUE_TEXT = "reportDueText";

    public static final String DECISION = "decision";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_REJECT = "REJECT";
    public static final String DECISION_NOTE = "decisionNote";

    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private FormFields() {}
  }
}
