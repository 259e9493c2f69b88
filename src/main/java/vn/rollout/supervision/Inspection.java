package vn.rollout.supervision;

import java.time.LocalDate;

/** An inspection of a subordinate committee on one resolution: planned, then concluded. */
record Inspection(long id, long resolutionId, String inspectingCommittee, String inspectedCommittee, InspectionKind kind,
    LocalDate plannedOn, String reason, LocalDate concludedOn, String conclusions) {}
