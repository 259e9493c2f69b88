package vn.rollout.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.rollout.process.InspectionProcess;

/**
 * The decision {@code processes/inspection-focus.dmn} as a process owner edits it: each rule on its own,
 * at its threshold and just below it, and several reasons at once (hit policy COLLECT).
 */
class InspectionFocusDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = Files.newInputStream(Path.of("processes/inspection-focus.dmn"))) {
      decision = engine.parseDecision(InspectionProcess.DECISION_INSPECTION_FOCUS, model);
    }
  }

  @ParameterizedTest(name = "overdue {0}, late reports {1}, programme {2}, months {3} -> [{4}]")
  @CsvSource(delimiter = '|', textBlock = """
      0.0  | 0 | true  | 0  |
      0.19 | 0 | true  | 11 |
      0.2  | 0 | true  | 0  | OVERDUE_ITEMS
      0.75 | 0 | true  | 3  | OVERDUE_ITEMS
      0.0  | 1 | true  | 0  | LATE_REPORTS
      0.0  | 3 | true  | 0  | LATE_REPORTS
      0.0  | 0 | false | 0  | NO_PROGRAMME
      0.0  | 0 | true  | 12 | LONG_UNINSPECTED
      0.0  | 0 | true  | 30 | LONG_UNINSPECTED
      0.5  | 2 | false | 18 | OVERDUE_ITEMS LATE_REPORTS NO_PROGRAMME LONG_UNINSPECTED
      """)
  void shouldChooseTheCommitteeForEachReasonThatApplies(double overdueShare, int lateReports, boolean programme, int months,
      String expected) {
    assertReasons(decide("COMMITTEE", overdueShare, lateReports, programme, months), expected);
  }

  @ParameterizedTest(name = "unit: overdue {0}, late progress reports {1}, months {2} -> [{3}]")
  @CsvSource(delimiter = '|', textBlock = """
      0.0  | 0 | 0  |
      0.19 | 0 | 11 |
      0.2  | 0 | 0  | OVERDUE_ITEMS
      0.0  | 1 | 0  | LATE_PROGRESS_REPORTS
      0.0  | 0 | 12 | LONG_UNINSPECTED
      1.0  | 4 | 12 | OVERDUE_ITEMS LATE_PROGRESS_REPORTS LONG_UNINSPECTED
      """)
  void shouldChooseALeadUnitForItsItemsAndQuarterlyReportsButNeverForProgrammeOrReviewFacts(double overdueShare,
      int lateProgressReports, int months, String expected) {
    assertReasons(decide("UNIT", overdueShare, lateProgressReports, null, months), expected);
  }

  private static DmnDecisionTableResult decide(String targetKind, double overdueShare, int lateReports, Boolean programme,
      int months) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue(InspectionProcess.Variables.TARGET_KIND, targetKind)
        .putValue(InspectionProcess.Variables.OVERDUE_SHARE, overdueShare)
        .putValue(InspectionProcess.Variables.LATE_REPORTS, lateReports)
        .putValue(InspectionProcess.Variables.HAS_APPROVED_PROGRAMME, programme)
        .putValue(InspectionProcess.Variables.MONTHS_SINCE_LAST_INSPECTION, months));
  }

  private static void assertReasons(DmnDecisionTableResult result, String expected) {
    List<String> codes = result.collectEntries(InspectionProcess.Variables.REASON_CODE);
    assertThat(codes).containsExactlyElementsOf(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    List<String> labels = result.collectEntries(InspectionProcess.Variables.REASON_LABEL);
    assertThat(labels).hasSameSizeAs(codes).allSatisfy(label -> assertThat(label).isNotBlank()
        .matches(".*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ].*"));
  }
}
