package vn.rollout.process;

/**
 * One inspection of a subordinate committee ({@code processes/Inspection.bpmn}), called by the rollout's
 * inspection rounds and by an ad-hoc inspection ({@code processes/AdHocInspection.bpmn}); the decision
 * that chooses whom a round inspects ({@code processes/inspection-focus.dmn}); and the ad-hoc process.
 */
public final class InspectionProcess {

  public static final String KEY = "Inspection";
  public static final String TASK_PREPARE_INSPECTION = "Task_PrepareInspection";
  public static final String TASK_CONDUCT_INSPECTION = "Task_ConductInspection";
  public static final String GATEWAY_SHORTCOMINGS_FOUND = "Gateway_ShortcomingsFound";
  public static final String CALL_ACTIVITY_REMEDY_SHORTCOMINGS = "CallActivity_RemedyShortcomings";
  public static final String END_SHORTCOMINGS_REMEDIED = "EndEvent_ShortcomingsRemedied";
  public static final String END_NO_SHORTCOMINGS = "EndEvent_NoShortcomings";

  /** The decision table that chooses the subordinates a round inspects, with one rule per reason. */
  public static final String DECISION_INSPECTION_FOCUS = "InspectionFocus";

  public static final String AD_HOC_KEY = "AdHocInspection";
  public static final String AD_HOC_TASK_PLAN = "Task_PlanAdHocInspection";
  public static final String AD_HOC_CALL_ACTIVITY_INSPECT = "CallActivity_InspectAdHoc";
  public static final String AD_HOC_END = "EndEvent_AdHocInspectionDone";

  private InspectionProcess() {}

  public static final class Variables {
    public static final String INSPECTION_ID = "inspectionId";
    /** The inspecting committee's inspection committee (or its fallback organ), who conducts it. */
    public static final String INSPECTION_GROUP = "inspectionGroup";
    public static final String SHORTCOMINGS_FOUND = "shortcomingsFound";

    // the facts the decision reads, local to one subordinate's (or lead unit's) assessment
    /** COMMITTEE (a direct subordinate) or UNIT (one of the committee's own lead units). */
    public static final String TARGET_KIND = "targetKind";
    public static final String OVERDUE_SHARE = "overdueShare";
    public static final String LATE_REPORTS = "lateReports";
    public static final String HAS_APPROVED_PROGRAMME = "hasApprovedProgramme";
    public static final String MONTHS_SINCE_LAST_INSPECTION = "monthsSinceLastInspection";

    // the decision's outputs
    public static final String REASON_CODE = "reasonCode";
    public static final String REASON_LABEL = "reasonLabel";

    private Variables() {}
  }

  public static final class FormFields {
    public static final String INSPECTED_NAME = "inspectedName";
    public static final String INSPECTION_REASONS_TEXT = "inspectionReasonsText";
    public static final String INSPECTED_FIGURES_TEXT = "inspectedFiguresText";
    public static final String CONCLUSIONS = "conclusions";
    public static final String SHORTCOMINGS = "shortcomings";
    public static final String SHORTCOMING_CONTENT = "content";
    public static final String SHORTCOMING_DEADLINE = "deadline";

    // the ad-hoc start form
    public static final String RESOLUTION_ID = "resolutionId";
    public static final String INSPECTED_COMMITTEE = "inspectedCommittee";
    public static final String REASON = "reason";

    // the quarterly briefing (giao ban quý) in the rollout
    public static final String QUARTER_TEXT = "quarterText";
    public static final String QUARTER_FIGURES_TEXT = "quarterFiguresText";
    public static final String HELD_ON = "heldOn";

    private FormFields() {}
  }
}
