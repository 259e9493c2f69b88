package vn.rollout.resolution;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.rollout.process.CalledFromModels;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * The repeating timers' cycles as the models read them: the quarterly briefing
 * ({@code ${cycles.briefing(execution)}}) and the quarterly progress report on a programme item
 * ({@code ${cycles.progressReport(execution)}}), cron expressions of the engine's timers. They are
 * {@code rollout.briefing-cycle} and {@code rollout.progress-report-cycle}, unless the instance holds a
 * variable of the same name ({@code briefingCycle}, {@code progressReportCycle}): one set in Cockpit on a
 * rollout, or one a rollout of a model version before issue 28 was started with. A rollout no longer copies
 * them into its variables, so each start writes two variables fewer, and no called process receives them.
 * The engine reads the cycle again each time the timer fires ({@code reevaluate-time-cycle-when-due}), so
 * the round after a change follows it. The inspection cycle stays a variable of each rollout
 * ({@code inspectionCycle}): it changes while rollouts run, and its history is the record of those changes.
 */
@CalledFromModels
@Component("cycles")
public class Cycles {

  private final String briefing;
  private final String progressReport;

  Cycles(@Value("${rollout.briefing-cycle}") String briefing,
      @Value("${rollout.progress-report-cycle}") String progressReport) {
    this.briefing = briefing;
    this.progressReport = progressReport;
  }

  /** The standing committee's quarterly briefing. */
  public String briefing(VariableScope scope) {
    return ownOr(scope, ResolutionRolloutProcess.Variables.BRIEFING_CYCLE, briefing);
  }

  /** The lead unit's quarterly progress report on a programme item. */
  public String progressReport(VariableScope scope) {
    return ownOr(scope, ProgrammeItemExecutionProcess.Variables.PROGRESS_REPORT_CYCLE, progressReport);
  }

  private static String ownOr(VariableScope scope, String name, String configured) {
    return scope != null && scope.getVariable(name) instanceof String own && !own.isBlank() ? own : configured;
  }
}
