package vn.rollout.programme;

/** A committee's action programme for a resolution: its state and, once approved, its symbol. */
public record Programme(long id, long resolutionId, String committeeCode, Status status, String reviewComments, String symbol) {

  public enum Status {
    /** being written by the office */
    DRAFT,
    /** the automatic check sent it back */
    CHECK_FAILED,
    /** before the standing committee */
    IN_REVIEW,
    /** the standing committee sent it back with comments */
    RETURNED,
    /** approved and issued with its symbol */
    APPROVED
  }
}
