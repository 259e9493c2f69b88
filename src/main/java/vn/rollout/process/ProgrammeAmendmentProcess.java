package vn.rollout.process;

/**
 * Amending an approved programme ({@code processes/ProgrammeAmendment.bpmn}), started by the committee's
 * office from Tasklist: the office proposes new, changed or cancelled items with a reason, the standing
 * committee approves or returns the proposal, an approval updates the items and their executions.
 */
public final class ProgrammeAmendmentProcess {

  public static final String KEY = "ProgrammeAmendment";

  public static final String START_EVENT = "StartEvent_AmendmentRequested";
  public static final String TASK_OPEN_AMENDMENT = "Task_OpenAmendment";
  public static final String TASK_PROPOSE_AMENDMENT = "Task_ProposeAmendment";
  public static final String GATEWAY_PROPOSAL_SENT = "Gateway_ProposalSent";
  public static final String END_AMENDMENT_WITHDRAWN = "EndEvent_AmendmentWithdrawn";
  public static final String TASK_DECIDE_AMENDMENT = "Task_DecideAmendment";
  public static final String GATEWAY_AMENDMENT_APPROVED = "Gateway_AmendmentApproved";
  public static final String TASK_APPLY_AMENDMENT = "Task_ApplyAmendment";
  public static final String END_PROGRAMME_AMENDED = "EndEvent_ProgrammeAmended";

  private ProgrammeAmendmentProcess() {}

  public static final class Variables {
    public static final String AMENDMENT_ID = "amendmentId";
    /** {@code true} when the office sent its proposal, {@code false} when it withdrew it. */
    public static final String AMENDMENT_PROPOSED = "amendmentProposed";
    public static final String AMENDMENT_APPROVED = "amendmentApproved";

    private Variables() {}
  }

  public static final class FormFields {
    /** The start form: the resolution's id and the committee's code. */
    public static final String RESOLUTION_ID = "resolutionId";
    public static final String COMMITTEE_CODE = "committeeCode";

    /** Read only: the programme's items as they stand, and the proposal, as text. */
    public static final String CURRENT_ITEMS = "currentItems";
    public static final String PROGRAMME_SYMBOL = "programmeSymbol";
    public static final String PROPOSAL_TEXT = "proposalText";
    public static final String LEAD_OPTIONS = "leadOptions";

    /** A dynamic list of {@code programme.AmendmentChange}. */
    public static final String CHANGES = "changes";
    public static final String REASON = "amendmentReason";
    public static final String SUBMIT = "submitAction";
    public static final String SUBMIT_PROPOSE = "PROPOSE";
    public static final String SUBMIT_WITHDRAW = "WITHDRAW";

    public static final String DECISION = "decision";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_RETURN = "RETURN";
    public static final String REVIEW_COMMENTS = "reviewComments";

    private FormFields() {}
  }
}
