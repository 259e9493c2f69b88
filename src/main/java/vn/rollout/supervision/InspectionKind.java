package vn.rollout.supervision;

/** Why an inspection happens: a periodic round chose the committee, or the inspection committee decided ad hoc. */
enum InspectionKind {
  PERIODIC,
  AD_HOC
}
