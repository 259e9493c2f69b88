package vn.rollout.process;

/**
 * A committee's mid-term or final review ({@code processes/CommitteeReview.bpmn}), called by the
 * rollout's phases "Sơ kết giữa nhiệm kỳ" and "Tổng kết" with the kind and the dates of that review.
 */
public final class CommitteeReviewProcess {

  public static final String KEY = "CommitteeReview";

  public static final String TIMER_REPORT_OPENS = "Timer_ReportOpens";
  public static final String TASK_SUBMIT_REVIEW_REPORT = "Task_SubmitReviewReport";
  /** The standing committee (the organ playing the approval role) approves the office's draft or returns it. */
  public static final String TASK_APPROVE_REVIEW_REPORT = "Task_ApproveReviewReport";
  public static final String GATEWAY_REPORT_APPROVED = "Gateway_ReportApproved";
  public static final String FLOW_REPORT_RETURNED = "Flow_ReportReturned";
  public static final String TASK_HOLD_REVIEW_CONFERENCE = "Task_HoldReviewConference";
  public static final String END_REVIEW_HELD = "EndEvent_ReviewHeld";
  /** The direct subordinates' cut-off (a level below, earlier): who of them has sent nothing is listed then. */
  public static final String TIMER_SUBORDINATES_REPORT_CUTOFF = "Timer_SubordinatesReportCutoff";
  public static final String TASK_LIST_LATE_REPORTS = "Task_ListLateReports";
  public static final String TASK_REMIND_LATE_REPORTERS = "Task_RemindLateReporters";
  public static final String END_ALL_REPORTED = "EndEvent_AllReported";
  public static final String END_LATE_REPORTERS_REMINDED = "EndEvent_LateReportersReminded";

  /** In the rollout: the calls of this process. */
  public static final String CALL_ACTIVITY_MID_TERM_REVIEW = "CallActivity_MidTermReview";
  public static final String CALL_ACTIVITY_FINAL_REVIEW = "CallActivity_FinalReview";

  private CommitteeReviewProcess() {}

  public static final class Variables {
    /** {@code MID_TERM} or {@code FINAL} ({@code vn.rollout.review.ReviewKind}). */
    public static final String REVIEW_KIND = "reviewKind";
    public static final String REPORT_OPENS = "reportOpens";
    /** The committee's own cut-off: its report task's due date, and on time or late. */
    public static final String REPORT_CUTOFF = "reportCutoff";
    /** Its direct subordinates' cut-off, a level below ({@code deadlines.ofLevel(resolutionId, level + 1, …)}). */
    public static final String SUBORDINATES_REPORT_CUTOFF = "subordinatesReportCutoff";
    public static final String CONFERENCE_BY = "conferenceBy";
    /**
     * How many direct subordinates sent nothing by their cut-off: a transient variable, for the gateway that
     * follows "Lập danh sách cấp dưới chậm báo cáo" in the same transaction (no wait between them).
     */
    public static final String LATE_REPORT_COUNT = "lateReportCount";
    /** The standing committee's decision on the draft report: true sends it, false returns it to the office. */
    public static final String REPORT_APPROVED = "reportApproved";

    private Variables() {}
  }

  public static final class FormFields {
    public static final String REVIEW_TITLE = "reviewTitle";
    public static final String CUTOFF_TEXT = "cutoffText";
    public static final String SUBORDINATE_REPORTS_TEXT = "subordinateReportsText";
    /** The report as a Word document, {@code GET /api/committees/{code}/reports/{kind}.docx?resolution={id}}. */
    public static final String REPORT_DOCUMENT_URL = "reportDocumentUrl";
    public static final String RESULTS_ECONOMY = "resultsEconomy";
    public static final String RESULTS_CULTURE_SOCIETY = "resultsCultureSociety";
    public static final String RESULTS_PARTY_BUILDING = "resultsPartyBuilding";
    public static final String LIMITATIONS = "limitations";
    public static final String CAUSES = "causes";
    public static final String LESSONS = "lessons";
    public static final String SOLUTIONS = "solutions";
    public static final String OVERALL_ASSESSMENT = "overallAssessment";
    public static final String RECOMMENDATIONS = "recommendations";
    /** the number from the office's paper register, if it took one there; empty: the register's next */
    public static final String REPORT_NUMBER = "reportNumber";
    /** the signed scan and other files of the report: where they are listed and how to send them */
    public static final String ATTACHMENTS_TEXT = "attachmentsText";
    /** In the report task: the standing committee's comments when it returned the draft; null for a first draft. */
    public static final String REVIEW_COMMENTS = "reviewComments";
    /** In the approval task: the draft as text, for the standing committee to read. */
    public static final String DRAFT_TEXT = "draftText";
    public static final String DECISION = "decision";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_RETURN = "RETURN";
    public static final String HELD_ON = "heldOn";
    public static final String ATTENDEES = "attendees";
    public static final String CONCLUSIONS = "conclusions";
    public static final String LATE_REPORTERS_TEXT = "lateReportersText";
    public static final String REMINDER_NOTE = "reminderNote";

    private FormFields() {}
  }
}
