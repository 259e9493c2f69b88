package vn.rollout.supervision;

import java.time.LocalDate;

/**
 * An inspection of a subordinate committee, or of one of the inspecting committee's own lead units
 * ({@code inspectedUnit}, then {@code inspectedCommittee} is the unit's committee), on one resolution:
 * planned, then concluded.
 */
record Inspection(long id, long resolutionId, String inspectingCommittee, String inspectedCommittee, InspectionKind kind,
    LocalDate plannedOn, String reason, LocalDate concludedOn, String conclusions, String inspectedUnit) {

  InspectionTarget target() {
    return inspectedUnit == null ? InspectionTarget.committee(inspectedCommittee) : InspectionTarget.unit(inspectedUnit);
  }
}
