package vn.rollout.notification;

/** What a reminder or escalation is about. */
public enum ReminderKind {
  /** Study and dissemination is due soon: the group that organises it is reminded. */
  STUDY_DUE,
  /** A subordinate has not recorded its study by the deadline: the superior's office is alerted. */
  STUDY_OVERDUE,
  /** The action programme is due soon: the office is reminded. */
  PROGRAMME_DUE,
  /** A committee has not issued its programme by the deadline: the superior's office is alerted. */
  PROGRAMME_OVERDUE,
  /** A programme item is due soon: the lead unit is reminded. */
  ITEM_DUE,
  /** A programme item is overdue: the committee's office is alerted. */
  ITEM_OVERDUE,
  /** At a review's report cut-off some direct subordinates have sent nothing: the office is alerted. */
  REVIEW_LATE
}
