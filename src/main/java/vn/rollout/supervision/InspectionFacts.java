package vn.rollout.supervision;

/**
 * What the decision {@code InspectionFocus} reads about one subordinate committee or lead unit.
 *
 * @param overdueShare the share (0–1) of its approved programme's items that are overdue
 * @param lateReports its study, mid-term and final reports sent late, or not sent once due; a unit's
 *     quarterly progress reports on the items it leads
 * @param hasApprovedProgramme {@code null} for a unit, which has no programme of its own
 * @param monthsSinceLastInspection since its last concluded inspection on this resolution, or since
 *     its rollout started when it has never been inspected
 */
record InspectionFacts(double overdueShare, int lateReports, Boolean hasApprovedProgramme, int monthsSinceLastInspection) {}
