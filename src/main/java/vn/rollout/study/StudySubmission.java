package vn.rollout.study;

import java.util.List;

/** What the propaganda board submits about the study of a resolution. */
public record StudySubmission(List<StudySession> sessions, boolean makeUpSession, String makeUpDate, String notes) {

  public StudySubmission {
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
  }
}
