package vn.rollout.rollout;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.process.CalledFromModels;

/**
 * The cascade's two collections. The outer multi-instance runs over batches of a committee's direct
 * subordinates, {@code ${subordinateCommittees.batches(committeeCode)}}, so its one job creates only one
 * instance per batch; the inner one over a batch's committees,
 * {@code ${subordinateCommittees.inBatch(committeeCode, subordinateBatch)}}, evaluated later in that
 * batch's own job. A batch is a range of codes ({@link SubordinateBatch}, a String variable), not a
 * position in a list, so a change of the organisation in between neither skips nor repeats anyone.
 */
@CalledFromModels
@Component("subordinateCommittees")
public class SubordinateCommittees {

  private final CommitteeDirectory committees;
  private volatile int batchSize;

  SubordinateCommittees(CommitteeDirectory committees, @Value("${rollout.cascade.batch-size:100}") int batchSize) {
    this.committees = committees;
    batchSize(batchSize);
  }

  /** The batches of the committee's direct subordinates, as {@code "[from, to)"}, in code order; none without subordinates. */
  public List<String> batches(String committeeCode) {
    return SubordinateBatch.split(committees.childCodes(committeeCode), batchSize).stream()
        .map(SubordinateBatch::toString)
        .toList();
  }

  /** Whether the committee has direct subordinates: the gateway in front of each cascade, so that a leaf runs none. */
  public boolean any(String committeeCode) {
    return committees.hasChildren(committeeCode);
  }

  /**
   * The codes of the committee's direct subordinates today that fall in the batch, in code order: read
   * by their range alone, so that each batch's job reads its own hundred codes, not every subordinate.
   * Which of them have subordinates of their own is read with them, once for the batch: each of their
   * rollouts asks it at its start ({@link #any}), in the batch's transaction.
   */
  public List<String> inBatch(String committeeCode, String batch) {
    SubordinateBatch range = SubordinateBatch.parse(batch);
    List<String> codes = committees.childCodesBetween(committeeCode, range.from(), range.to());
    committees.readWhichHaveChildren(codes);
    return codes;
  }

  /**
   * All direct subordinates' codes at once: the cascade's collection before the batches. Kept for the
   * rollouts still running on an earlier version of the model, which call it when their programme is
   * approved.
   */
  public List<String> of(String committeeCode) {
    return committees.childCodes(committeeCode);
  }

  int batchSize() {
    return batchSize;
  }

  /** Not public: models may call this bean's public methods, and those only read. */
  void batchSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("rollout.cascade.batch-size must be at least 1: " + size);
    }
    batchSize = size;
  }
}
