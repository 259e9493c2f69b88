package vn.rollout.rollout;

/**
 * The task groups that work on one committee's rollout.
 *
 * @param propaganda the propaganda board, or the office where the committee has none
 * @param standingCommittee the standing committee, or the office where the committee has none (a cell)
 * @param superiorOffice the direct superior's office; a top-level committee's own office
 */
record OrganGroups(String office, String propaganda, String standingCommittee, String superiorOffice) {}
