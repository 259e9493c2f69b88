package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** What counts as a lost race ({@link ConflictRetry#isConflict}); the retry itself: {@code ConflictRetryIT}. */
class ConflictRetryTest {

  @Test
  void recognisesAConflictAlsoWhenWrapped() {
    assertThat(ConflictRetry.isConflict(new OptimisticLockingException("raced"))).isTrue();
    assertThat(ConflictRetry.isConflict(new ProcessEngineException("flush", new OptimisticLockingException("raced"))))
        .as("a conflict under the exception the job failed with").isTrue();
  }

  @Test
  void takesNothingElseForAConflict() {
    assertThat(ConflictRetry.isConflict(new IllegalStateException("the delegate failed"))).isFalse();
    assertThat(ConflictRetry.isConflict(new ProcessEngineException("OptimisticLockingException in the message only")))
        .as("by type, not by message").isFalse();
    assertThat(ConflictRetry.isConflict(new ProcessEngineException("no cause", (Throwable) null))).isFalse();
  }
}
