package vn.rollout.organisation;

/** What an import did, per kind: rows created, updated in place, and found unchanged. */
record ImportSummary(Count organKinds, Count committees, Count units, Count officials) {

  record Count(int created, int updated, int unchanged) {}
}
