package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one definition of a rollout's phase, as stored and as the dashboard reads it. */
class RolloutPhaseTest {

  @Test
  void aCommitteeWithoutARolloutHasNotStartedWhateverIsStored() {
    assertThat(RolloutPhase.of("EXECUTION", false)).isEqualTo(RolloutPhase.NOT_STARTED);
  }

  @Test
  void everyStoredPhaseReadsBackAsItself() {
    for (RolloutPhase phase : RolloutPhase.values()) {
      if (phase != RolloutPhase.NOT_STARTED) {
        assertThat(RolloutPhase.of(phase.name(), true)).isEqualTo(phase);
      }
    }
  }

  @Test
  void notStartedIsNeverReadFromTheTableAndAnUnknownValueReadsAsExecution() {
    assertThat(RolloutPhase.of("NOT_STARTED", true)).isEqualTo(RolloutPhase.EXECUTION);
    assertThat(RolloutPhase.of("SOMETHING_NEWER", true)).isEqualTo(RolloutPhase.EXECUTION);
    assertThat(RolloutPhase.of(null, true)).isEqualTo(RolloutPhase.EXECUTION);
  }

  @Test
  void theModelsPhasesAreStoredPhases() {
    assertThat(RecordPhaseListener.PHASES.values()).doesNotContain(RolloutPhase.NOT_STARTED);
  }
}
