package vn.rollout.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.rollout.process.ResolutionRolloutProcess.FormFields;
import vn.rollout.process.ResolutionRolloutProcess.Variables;
import vn.rollout.support.RolloutTest;

/**
 * History stays full, less the first detail of a copied value and the history of a task's heading
 * ({@link CopiedValuesHistory}): every other variable keeps its historic instance, every change keeps its detail.
 */
class CopiedValuesHistoryIT extends RolloutTest {

  @Test
  void shouldKeepEveryVariableAndEveryChangeButNotTheFirstDetailOfACopy() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    assertThat(historicVariables(rollout)).as("every variable has its historic instance")
        .contains(Variables.LEVEL, Variables.COMMITTEE_CODE, Variables.INSPECTION_CYCLE)
        .as("the level's deadlines, the quarterly cycles and the organs' groups are read when needed, not copied")
        .doesNotContain(Variables.STUDY_DUE, Variables.PROGRAMME_DUE, Variables.MID_TERM_REPORT_CUTOFF,
            Variables.FINAL_REPORT_CUTOFF, Variables.BRIEFING_CYCLE, ProgrammeItemExecutionProcess.Variables.PROGRESS_REPORT_CYCLE,
            Variables.OFFICE_GROUP, Variables.PROPAGANDA_GROUP, Variables.STANDING_COMMITTEE_GROUP,
            Variables.SUPERIOR_OFFICE_GROUP)
        .as("the heading the task shows has no history").doesNotContainAnyElementsOf(CopiedValuesHistory.SHOWN)
        .as("nor has the blank record, which is not stored")
        .doesNotContain(FormFields.SESSIONS, FormFields.STUDY_NOTES, FormFields.RESOLUTION_TITLE, FormFields.STUDY_DUE_TEXT);
    assertThat(taskService.getVariablesLocal(study.getId())).as("the task's card shows the resolution and the committee")
        .containsOnlyKeys(CopiedValuesHistory.SHOWN.toArray(String[]::new));
    assertThat(formService.getTaskFormVariables(study.getId())).as("its form reads the rest of the heading when opened")
        .containsKeys(FormFields.RESOLUTION_TITLE, FormFields.TERM_TEXT, FormFields.OFFICE_NAME, FormFields.STUDY_DUE_TEXT,
            FormFields.SESSIONS);
    assertThat(detailNames(rollout)).as("first details: only of what is not a copy")
        .contains(Variables.INSPECTION_CYCLE)
        .doesNotContain(Variables.STUDY_DUE, Variables.RESOLUTION_ID, Variables.COMMITTEE_CODE, FormFields.SESSIONS,
            FormFields.RESOLUTION_SYMBOL);

    // a deadline moved in Cockpit (a variable of the deadline's name: Deadlines.ofRollout), and what the
    // official submits into the form's own variables
    Date moved = vietnam(STUDY_DUE.plusDays(14).atTime(23, 59, 59));
    runtimeService.setVariable(rollout.getId(), Variables.STUDY_DUE, moved);
    // a REST client changing the heading the task shows: the change has its history like any other
    taskService.setVariableLocal(study.getId(), FormFields.COMMITTEE_NAME, "Cấp ủy khác");
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(study.getId())
        .variableName(FormFields.COMMITTEE_NAME).singleResult().getValue()).isEqualTo("Cấp ủy khác");
    completeStudy(rollout);

    List<HistoricVariableUpdate> changes = details(rollout);
    assertThat(changes).filteredOn(update -> update.getVariableName().equals(Variables.STUDY_DUE))
        .as("the move keeps its detail").singleElement()
        .satisfies(update -> assertThat(update.getValue()).isEqualTo(moved));
    assertThat(changes).filteredOn(update -> update.getVariableName().equals(FormFields.SESSIONS))
        .as("the submission keeps its detail").singleElement()
        .satisfies(update -> {
          assertThat(update.getTaskId()).isEqualTo(study.getId());
          assertThat(String.valueOf(update.getValue())).contains("2025-12-17");
        });
    assertThat(changes).filteredOn(update -> update.getVariableName().equals(FormFields.COMMITTEE_NAME))
        .as("the changed heading keeps its detail").singleElement()
        .satisfies(update -> assertThat(update.getValue()).isEqualTo("Cấp ủy khác"));
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(study.getId())
        .variableName(FormFields.SESSIONS).singleResult()).as("what the official submitted stays on the task")
        .isNotNull();
  }

  private List<String> historicVariables(ProcessInstance instance) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
        .map(variable -> variable.getName())
        .toList();
  }

  private List<String> detailNames(ProcessInstance instance) {
    return details(instance).stream().map(HistoricVariableUpdate::getVariableName).toList();
  }

  private List<HistoricVariableUpdate> details(ProcessInstance instance) {
    List<HistoricDetail> details = historyService.createHistoricDetailQuery()
        .processInstanceId(instance.getId()).variableUpdates().orderPartiallyByOccurrence().asc().list();
    return details.stream().map(HistoricVariableUpdate.class::cast).toList();
  }
}
