package vn.rollout.notification;

/** What a reminder or escalation is about. */
public enum ReminderKind {
  /** Study and dissemination is due soon. */
  STUDY_DUE,
  /** A programme item is due soon: the lead unit is reminded. */
  ITEM_DUE,
  /** A programme item is overdue: the committee's office is alerted. */
  ITEM_OVERDUE
}
