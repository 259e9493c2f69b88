package vn.rollout.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one rule of where a review report stands, as the status board, the evaluation and the inspection read it. */
class ReportStateTest {

  static final LocalDate CUTOFF = LocalDate.of(2028, 4, 20);

  @Test
  void aSentReportIsOnTimeOrLateAsStoredWhateverTheDay() {
    assertThat(ReportState.of(true, CUTOFF, CUTOFF.plusYears(1))).isEqualTo(ReportState.ON_TIME);
    assertThat(ReportState.of(false, CUTOFF, CUTOFF.minusDays(1))).isEqualTo(ReportState.LATE);
  }

  @Test
  void anUnsentReportIsMissingOnlyAfterTheCutoffDay() {
    assertThat(ReportState.of(null, CUTOFF, CUTOFF)).isEqualTo(ReportState.NOT_DUE);
    assertThat(ReportState.of(null, CUTOFF, CUTOFF.plusDays(1))).isEqualTo(ReportState.MISSING);
  }

  @Test
  void theSuperiorChasesLateAndMissingReportsOnly() {
    assertThat(ReportState.values()).filteredOn(ReportState::behind)
        .containsExactlyInAnyOrder(ReportState.LATE, ReportState.MISSING);
  }

  @Test
  void everyStateHasAVietnameseLabelAndAColour() {
    for (ReportState state : ReportState.values()) {
      assertThat(state.label()).isNotBlank().doesNotContain("_");
      assertThat(state.colour()).isIn("green", "orange", "red", "grey");
    }
  }
}
