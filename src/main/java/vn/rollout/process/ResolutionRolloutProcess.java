package vn.rollout.process;


/**
 * The rollout of one resolution in one committee ({@code processes/ResolutionRollout.bpmn}): its key,
 * the ids of its elements, and the names of its variables. Everything that refers to the model by name
 * uses these constants.
 */
public final class ResolutionRolloutProcess {

  public static final String KEY = "ResolutionRollout";

  public static final String START_EVENT = "StartEvent_RolloutStarted";
  public static final String TASK_ASSIGN_ORGANS = "Task_AssignOrgans";
  /** The resolution reaches the committee: its study, the wait for its superior's programme and the study cascade begin together. */
  public static final String GATEWAY_ROLLOUT_FORK = "Gateway_RolloutFork";

  // The programme waits for the committee's own study and for its superior's issued programme
  public static final String GATEWAY_PARENT_PROGRAMME_KNOWN = "Gateway_ParentProgrammeKnown";
  public static final String EVENT_PARENT_PROGRAMME_ISSUED = "Event_ParentProgrammeIssued";
  /** Correlated to a subordinate's rollout by the programme cascade ({@code rollout.Rollouts#reach}). */
  public static final String MESSAGE_PARENT_PROGRAMME_ISSUED = "ParentProgrammeIssued";
  public static final String GATEWAY_PARENT_PROGRAMME_MERGE = "Gateway_ParentProgrammeMerge";
  public static final String GATEWAY_PROGRAMME_MAY_START = "Gateway_ProgrammeMayStart";

  // The study cascade: when the resolution reaches a committee, it reaches its direct subordinates
  public static final String GATEWAY_STUDY_CASCADE_NEEDED = "Gateway_StudyCascadeNeeded";
  public static final String END_NO_SUBORDINATES_TO_STUDY = "EndEvent_NoSubordinatesToStudy";

  // Phase 1: học tập, quán triệt
  public static final String SUB_PROCESS_STUDY = "SubProcess_Study";
  public static final String TASK_ORGANISE_STUDY = "Task_OrganiseStudy";
  public static final String BOUNDARY_STUDY_REMINDER_DUE = "BoundaryEvent_StudyReminderDue";
  public static final String TASK_RECORD_STUDY_REMINDER = "Task_RecordStudyReminder";
  public static final String END_STUDY_REMINDER_RECORDED = "EndEvent_StudyReminderRecorded";
  public static final String BOUNDARY_STUDY_OVERDUE = "BoundaryEvent_StudyOverdue";
  public static final String TASK_REMIND_LATE_STUDY = "Task_RemindLateStudy";
  public static final String END_LATE_STUDY_REMINDED = "EndEvent_LateStudyReminded";
  public static final String END_STUDY_COMPLETED = "EndEvent_StudyCompleted";

  // Phase 2: cụ thể hóa chương trình hành động
  public static final String SUB_PROCESS_PROGRAMME = "SubProcess_Programme";
  public static final String GATEWAY_DRAFT_MERGE = "Gateway_DraftMerge";
  public static final String TASK_DRAFT_PROGRAMME = "Task_DraftProgramme";
  public static final String TASK_CHECK_PROGRAMME = "Task_CheckProgramme";
  /** The office may send its draft for comments before the check and approval (issue 25). */
  public static final String GATEWAY_CONSULT_DRAFT = "Gateway_ConsultDraft";
  /** One per group asked (multi-instance over {@code consultedGroups.of(programmeId)}). */
  public static final String TASK_COMMENT_ON_DRAFT = "Task_CommentOnDraft";
  /** At the comments' deadline: the round ends without the groups that have not answered. */
  public static final String BOUNDARY_CONSULT_DEADLINE = "BoundaryEvent_ConsultDeadline";
  public static final String GATEWAY_PROGRAMME_CONCRETE = "Gateway_ProgrammeConcrete";
  public static final String TASK_APPROVE_PROGRAMME = "Task_ApproveProgramme";
  public static final String GATEWAY_PROGRAMME_APPROVED = "Gateway_ProgrammeApproved";
  public static final String TASK_ISSUE_PROGRAMME = "Task_IssueProgramme";
  public static final String END_PROGRAMME_ISSUED = "EndEvent_ProgrammeIssued";
  public static final String SUB_PROCESS_PROGRAMME_REMINDER = "SubProcess_ProgrammeReminder";
  public static final String START_PROGRAMME_REMINDER_DUE = "StartEvent_ProgrammeReminderDue";
  public static final String TASK_RECORD_PROGRAMME_REMINDER = "Task_RecordProgrammeReminder";
  public static final String END_PROGRAMME_REMINDER_RECORDED = "EndEvent_ProgrammeReminderRecorded";
  public static final String SUB_PROCESS_PROGRAMME_OVERDUE = "SubProcess_ProgrammeOverdue";
  public static final String START_PROGRAMME_OVERDUE = "StartEvent_ProgrammeOverdue";
  public static final String TASK_REMIND_LATE_PROGRAMME = "Task_RemindLateProgramme";
  public static final String END_LATE_PROGRAMME_REMINDED = "EndEvent_LateProgrammeReminded";

  // The two cascades, then phases 3 to 6
  /**
   * The study cascade, started with the rollout: the resolution reaches each direct subordinate, whose
   * rollout starts ({@code rollout.Rollouts#reach}); the programme cascade
   * ({@link #SUB_PROCESS_PASS_PROGRAMME_DOWN}), started when the programme is issued, is built the same
   * way. Each is a multi-instance sub-process over batches of direct subordinates
   * ({@code rollout.cascade.batch-size}; element variable {@link Variables#SUBORDINATE_BATCH}), all created
   * in one job (its asynchronous body); in each, one service task reaches the batch's subordinates in one
   * job ({@link #TASK_START_SUBORDINATE_BATCH}, {@link #TASK_PASS_PROGRAMME_TO_BATCH}), not exclusive, so
   * that batches run in parallel, followed by an exclusive end job that updates the multi-instance
   * counters one batch at a time. The superior's instance holds two jobs per batch, none per
   * subordinate: a subordinate's rollout is written
   * (its row, its instance and its variables) in the batch's job and starts asynchronously
   * ({@link #START_EVENT} is {@code asyncBefore}), so the rest of its start runs in a job of its own
   * instance, where a failure is an incident of that rollout alone; a programme passed down ends the
   * subordinate's wait ({@link #EVENT_PARENT_PROGRAMME_ISSUED}, {@code asyncAfter}), and the subordinate
   * goes on in a job of its own instance. The superior does not wait for its subordinates: their progress
   * is in the rollout table.
   */
  public static final String SUB_PROCESS_START_SUBORDINATE_ROLLOUTS = "SubProcess_StartSubordinateRollouts";
  public static final String START_SUBORDINATE_BATCH_STARTING = "StartEvent_SubordinateBatchStarting";
  public static final String TASK_START_SUBORDINATE_BATCH = "Task_StartSubordinateBatch";
  public static final String END_SUBORDINATE_BATCH_STARTED = "EndEvent_SubordinateBatchStarted";
  public static final String END_SUBORDINATE_ROLLOUTS_STARTED = "EndEvent_SubordinateRolloutsStarted";
  /** After the programme is issued: whether there are subordinates to pass it down to. */
  public static final String GATEWAY_PROGRAMME_CASCADE_NEEDED = "Gateway_ProgrammeCascadeNeeded";
  public static final String END_NO_SUBORDINATES_TO_RECEIVE_PROGRAMME = "EndEvent_NoSubordinatesToReceiveProgramme";
  /** The programme cascade: the study cascade's machinery, handing each direct subordinate the issued programme. */
  public static final String SUB_PROCESS_PASS_PROGRAMME_DOWN = "SubProcess_PassProgrammeDown";
  public static final String TASK_PASS_PROGRAMME_TO_BATCH = "Task_PassProgrammeToBatch";
  public static final String END_PROGRAMME_BATCH_PASSED = "EndEvent_ProgrammeBatchPassed";
  public static final String END_PROGRAMME_PASSED_DOWN = "EndEvent_ProgrammePassedDown";
  public static final String SUB_PROCESS_EXECUTION = "SubProcess_Execution";
  public static final String SUB_PROCESS_SUPERVISION = "SubProcess_Supervision";
  public static final String TIMER_SUPERVISION_ENDS = "Timer_SupervisionEnds";
  public static final String END_SUPERVISION_ENDED = "EndEvent_SupervisionEnded";
  public static final String SUB_PROCESS_INSPECTION_ROUND = "SubProcess_InspectionRound";
  public static final String START_INSPECTION_ROUND_DUE = "StartEvent_InspectionRoundDue";
  public static final String SUB_PROCESS_ASSESS_SUBORDINATE = "SubProcess_AssessSubordinate";
  public static final String TASK_GATHER_INSPECTION_FACTS = "Task_GatherInspectionFacts";
  public static final String TASK_CHOOSE_INSPECTION_FOCUS = "Task_ChooseInspectionFocus";
  public static final String CALL_ACTIVITY_INSPECT = "CallActivity_Inspect";
  public static final String END_NO_INSPECTION_NEEDED = "EndEvent_NoInspectionNeeded";
  public static final String END_SUBORDINATE_INSPECTED = "EndEvent_SubordinateInspected";
  public static final String SUB_PROCESS_QUARTERLY_BRIEFING = "SubProcess_QuarterlyBriefing";
  public static final String START_BRIEFING_DUE = "StartEvent_BriefingDue";
  public static final String TASK_HOLD_QUARTERLY_BRIEFING = "Task_HoldQuarterlyBriefing";
  public static final String END_QUARTERLY_BRIEFING_HELD = "EndEvent_QuarterlyBriefingHeld";
  public static final String SUB_PROCESS_MID_TERM_REVIEW = "SubProcess_MidTermReview";
  public static final String SUB_PROCESS_FINAL_REVIEW = "SubProcess_FinalReview";
  public static final String END_EXECUTION_FINISHED = "EndEvent_ExecutionFinished";
  public static final String END_ROLLOUT_COMPLETED = "EndEvent_RolloutCompleted";

  private ResolutionRolloutProcess() {}

  /** The business key of a committee's rollout: {@code <resolution id>/<committee code>}. */
  public static String businessKey(long resolutionId, String committeeCode) {
    return resolutionId + "/" + committeeCode;
  }

  /**
   * Process variables: ids, deadlines (end of the day in Vietnam, as dates: those of the committee's
   * level, {@code resolution.ResolutionDeadlines}) and small flags.
   */
  public static final class Variables {
    public static final String RESOLUTION_ID = "resolutionId";
    public static final String ROLLOUT_ID = "rolloutId";
    public static final String COMMITTEE_CODE = "committeeCode";
    /** The committee's level in the resolution's tree: 0 for the issuing committee, 1 for its direct subordinates… */
    public static final String LEVEL = "level";
    /** The superior's issued programme: set at the start, or when the programme cascade delivers it; null until then. */
    public static final String PARENT_PROGRAMME_ID = "parentProgrammeId";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String PROGRAMME_SYMBOL = "programmeSymbol";
    /** the number typed from the office's paper register on approval, or null: the register's next */
    public static final String PROGRAMME_NUMBER_TYPED = "programmeNumberTyped";

    public static final String STUDY_DUE = "studyDue";
    public static final String PROGRAMME_DUE = "programmeDue";
    public static final String MID_TERM_REPORT_CUTOFF = "midTermReportCutoff";
    public static final String MID_TERM_CONFERENCE_BY = "midTermConferenceBy";
    public static final String FINAL_REPORT_CUTOFF = "finalReportCutoff";
    /** When the review reports open: by default 1 February of the cut-off's year (Deadlines.reviewOpens). */
    public static final String MID_TERM_REPORT_OPENS = "midTermReportOpens";
    public static final String FINAL_REPORT_OPENS = "finalReportOpens";
    /** The final conference: by default a month after the final report's cut-off. */
    public static final String FINAL_CONFERENCE_BY = "finalConferenceBy";

    public static final String OFFICE_GROUP = "officeGroup";
    public static final String PROPAGANDA_GROUP = "propagandaGroup";
    public static final String STANDING_COMMITTEE_GROUP = "standingCommitteeGroup";
    public static final String SUPERIOR_OFFICE_GROUP = "superiorOfficeGroup";

    public static final String PROGRAMME_CONCRETE = "programmeConcrete";
    /** Set when the office completes its draft: whether it asked groups for comments (a new round), and by when. */
    public static final String CONSULT_REQUESTED = "consultRequested";
    public static final String CONSULT_DEADLINE = "consultDeadline";
    /** The element variable of the comments round: the group asked. */
    public static final String CONSULT_GROUP = "consultGroup";
    public static final String PROGRAMME_APPROVED = "programmeApproved";

    /** The inspection rounds' cycle (ISO 8601 repeating interval, default {@code R/P6M}), set at the start. */
    public static final String INSPECTION_CYCLE = "inspectionCycle";
    /** The standing committee's quarterly briefings' cycle (cron), set at the start. */
    public static final String BRIEFING_CYCLE = "briefingCycle";
    /** The element variable of an inspection round: the subordinate committee assessed. */
    public static final String INSPECTED_CODE = "inspectedCode";
    /** Local to one assessment: whether the decision chose the subordinate, and the inspection planned. */
    public static final String INSPECTION_PLANNED = "inspectionPlanned";

    /**
     * The element variable of the cascade's outer level: one batch of direct subordinates per instance,
     * a range of their codes written {@code "[from, to)"} (String; {@code rollout.SubordinateBatch}).
     */
    public static final String SUBORDINATE_BATCH = "subordinateBatch";
    /**
     * The element variable of the cascade's inner level in the model's versions before issue 28: one
     * subordinate committee's code per instance. Rollouts still running on such a version use it.
     */
    public static final String SUBORDINATE_CODE = "subordinateCode";

    private Variables() {}
  }

  /**
   * Task-local variables that the forms in {@code forms/} read and submit. They live on the task, so
   * what an official types never becomes a process variable: the listeners store it in domain tables.
   */
  public static final class FormFields {
    // every form's heading
    public static final String RESOLUTION_SYMBOL = "resolutionSymbol";
    public static final String RESOLUTION_TITLE = "resolutionTitle";
    public static final String COMMITTEE_NAME = "committeeName";
    public static final String TERM_TEXT = "termText";
    /** The name of the committee's organ doing the office's work ("Văn phòng Đảng ủy …", "Bí thư Chi bộ …"). */
    public static final String OFFICE_NAME = "officeName";
    /** The name of the committee's organ that approves ("Ban Thường vụ Đảng ủy …", "Chi ủy Chi bộ …"). */
    public static final String APPROVING_ORGAN_NAME = "approvingOrganName";

    // study-sessions, late-study-reminder
    public static final String STUDY_DUE_TEXT = "studyDueText";
    public static final String SESSIONS = "sessions";
    public static final String MAKE_UP_SESSION = "makeUpSession";
    public static final String MAKE_UP_DATE = "makeUpDate";
    public static final String STUDY_NOTES = "studyNotes";
    public static final String REMINDER_NOTE = "reminderNote";

    // programme-draft
    public static final String PROGRAMME_DUE_TEXT = "programmeDueText";
    public static final String ITEMS = "items";
    public static final String LEAD_OPTIONS = "leadOptions";
    /** The resolution's targets an item may serve: {@code [{label, value}]}, the value a target's id. */
    public static final String TARGET_OPTIONS = "targetOptions";
    public static final String CHECK_FINDINGS = "checkFindings";
    public static final String REVIEW_COMMENTS = "reviewComments";
    public static final String PARENT_PROGRAMME = "parentProgramme";
    public static final String PARENT_PROGRAMME_SYMBOL = "parentProgrammeSymbol";

    // programme-approval
    public static final String PROGRAMME_ITEMS = "programmeItems";
    /** The draft form: whom to ask for comments (group ids), by when (ISO date), and the groups it may ask. */
    public static final String CONSULT_GROUPS = "consultGroups";
    public static final String CONSULT_DEADLINE = "consultDeadline";
    public static final String CONSULT_OPTIONS = "consultOptions";
    /** The draft form: the comments so far beside their items, and who did not answer the last round. */
    public static final String CONSULT_COMMENTS = "consultComments";
    public static final String CONSULT_SILENT_TEXT = "consultSilentText";
    /** The commenting form: the group asked, the deadline, the rows to comment on. */
    public static final String CONSULT_GROUP_NAME = "consultGroupName";
    public static final String CONSULT_DEADLINE_TEXT = "consultDeadlineText";
    public static final String COMMENTS = "comments";
    public static final String DECISION = "decision";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_RETURN = "RETURN";
    /** the number from the office's paper register, if it took one there (DocumentRegister) */
    public static final String PROGRAMME_NUMBER = "programmeNumber";
    public static final String PROGRAMME_DOCUMENT_URL = "programmeDocumentUrl";

    private FormFields() {}
  }
}
