package vn.rollout.supervision;

/** One rule of {@code InspectionFocus} that matched: its code and its Vietnamese label. */
record FocusReason(String code, String label) {}
