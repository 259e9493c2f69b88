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

    public static final String DECISION = "decision";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_REJECT = "REJECT";
    public static final String DECISION_NOTE = "decisionNote";

    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private FormFields() {}
  }
}
