package vn.rollout.process;

/**
 * Registering a resolution from Tasklist ({@code processes/ResolutionRegistration.bpmn}): a start form
 * and one step that registers it and starts the issuing committee's rollout. The start form's fields
 * are the JSON fields of {@code POST /api/resolutions}.
 */
public final class ResolutionRegistrationProcess {

  public static final String KEY = "ResolutionRegistration";

  public static final String START_EVENT = "StartEvent_ResolutionSubmitted";
  public static final String TASK_REGISTER_RESOLUTION = "Task_RegisterResolution";
  public static final String END_ROLLOUT_STARTED = "EndEvent_RolloutStarted";

  /**
   * Start-form fields, each a date {@code yyyy-MM-dd} except symbol, title, the committee's code and the
   * inspection cycle (an ISO 8601 repeating interval such as {@code R/P6M}) and the offset per level
   * ({@code P10D}, {@code P10WD}).
   */
  public static final class Fields {
    public static final String SYMBOL = "symbol";
    public static final String TITLE = "title";
    public static final String ISSUING_COMMITTEE = "issuingCommittee";
    public static final String TERM_FROM = "termFrom";
    public static final String TERM_TO = "termTo";
    public static final String STUDY_DUE = "studyDue";
    public static final String PROGRAMME_DUE = "programmeDue";
    public static final String MID_TERM_REPORT_CUTOFF = "midTermReportCutoff";
    public static final String MID_TERM_CONFERENCE_BY = "midTermConferenceBy";
    public static final String FINAL_REPORT_CUTOFF = "finalReportCutoff";
    public static final String INSPECTION_CYCLE = "inspectionCycle";
    /** How much earlier each level further down reports: {@code P10D}, {@code P10WD}; empty for the configured one. */
    public static final String LEVEL_OFFSET = "levelOffset";
    /** The resolution's targets, a dynamic list (a {@code Json} variable) of {@code resolution.TargetRequest}. */
    public static final String TARGETS = "targets";

    private Fields() {}
  }

  /** What the registration leaves on its (short) instance. */
  public static final class Variables {
    public static final String RESOLUTION_ID = "resolutionId";
    public static final String ROLLOUT_BUSINESS_KEY = "rolloutBusinessKey";

    private Variables() {}
  }

  private ResolutionRegistrationProcess() {}
}
