package vn.rollout.review;

import java.time.LocalDate;

/** Where a committee's mid-term or final review report stands against the resolution's cut-off. */
public enum ReportState {
  ON_TIME("Đúng hạn", "green"),
  LATE("Chậm", "orange"),
  MISSING("Chưa gửi, quá hạn", "red"),
  NOT_DUE("Chưa đến hạn", "grey");

  private final String label;
  private final String colour;

  ReportState(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  /**
   * The one definition of where a review report stands, for the status board, the evaluation and the
   * inspection's focus: sent ({@code onTime} not {@code null}) on time or late; not sent and the cut-off
   * passed, missing; otherwise not due yet.
   */
  public static ReportState of(Boolean onTime, LocalDate cutoff, LocalDate today) {
    if (onTime != null) {
      return onTime ? ON_TIME : LATE;
    }
    return today.isAfter(cutoff) ? MISSING : NOT_DUE;
  }

  /** Late or missing: what the superior chases. */
  public boolean behind() {
    return this == LATE || this == MISSING;
  }

  public String label() {
    return label;
  }

  public String colour() {
    return colour;
  }
}
