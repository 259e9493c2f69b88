package vn.rollout.notification;

/** What a reminder is about. */
public enum ReminderKind {
  /** Study and dissemination is due soon. */
  STUDY_DUE
}
