package vn.rollout.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The quarterly cycles: configuration, unless the instance holds its own (set in Cockpit, or an earlier model's copy). */
class CyclesTest {

  static final String QUARTERLY = "0 0 7 1 1,4,7,10 ?";
  final Cycles cycles = new Cycles(QUARTERLY, "0 0 8 1 1,4,7,10 ?");

  @Test
  void shouldReadTheConfigurationWhenTheInstanceHasNoCycleOfItsOwn() {
    VariableScope scope = mock(VariableScope.class);

    assertThat(cycles.briefing(scope)).isEqualTo(QUARTERLY);
    assertThat(cycles.progressReport(scope)).isEqualTo("0 0 8 1 1,4,7,10 ?");
    assertThat(cycles.briefing(null)).isEqualTo(QUARTERLY);
  }

  @Test
  void shouldFollowTheInstancesOwnCycle() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("briefingCycle")).thenReturn("0 0 7 15 1,4,7,10 ?");
    when(scope.getVariable("progressReportCycle")).thenReturn("0 0 7 1 * ?");

    assertThat(cycles.briefing(scope)).isEqualTo("0 0 7 15 1,4,7,10 ?");
    assertThat(cycles.progressReport(scope)).isEqualTo("0 0 7 1 * ?");
  }

  @Test
  void shouldIgnoreAnEmptiedOrMistypedVariable() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("briefingCycle")).thenReturn("  ");
    when(scope.getVariable("progressReportCycle")).thenReturn(42L);

    assertThat(cycles.briefing(scope)).isEqualTo(QUARTERLY);
    assertThat(cycles.progressReport(scope)).isEqualTo("0 0 8 1 1,4,7,10 ?");
  }
}
