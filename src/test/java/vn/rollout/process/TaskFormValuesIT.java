package vn.rollout.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import vn.rollout.process.ResolutionRolloutProcess.FormFields;
import vn.rollout.study.StudySession;
import vn.rollout.support.RolloutTest;

/**
 * What a form shows is read when it is opened, and what an official submits into the form's own fields stays
 * on the task ({@link TaskFormValues}): the study task of a city's rollout, whose form shows the heading, the
 * deadline and a blank record, and keeps the record on the task.
 */
class TaskFormValuesIT extends RolloutTest {

  /** The study form's own fields. */
  static final List<String> STUDY_RECORD = List.of(FormFields.SESSIONS, FormFields.MAKE_UP_SESSION,
      FormFields.MAKE_UP_DATE, FormFields.STUDY_NOTES);

  @Test
  void shouldShowTheHeadingAndABlankRecordWithoutStoringThem() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    assertThat(taskService.getVariablesLocal(study.getId())).as("stored: only what the task's card shows")
        .containsOnlyKeys(FormFields.RESOLUTION_SYMBOL, FormFields.COMMITTEE_NAME);
    VariableMap form = formService.getTaskFormVariables(study.getId());
    assertThat(form.getValue(FormFields.RESOLUTION_TITLE, String.class)).isEqualTo(resolutionTitle(rollout));
    assertThat(form.getValue(FormFields.TERM_TEXT, String.class)).isEqualTo("01/10/2025 – 30/09/2030");
    assertThat(form.getValue(FormFields.OFFICE_NAME, String.class)).startsWith("Văn phòng");
    assertThat(form.getValue(FormFields.APPROVING_ORGAN_NAME, String.class)).startsWith("Ban Thường vụ");
    assertThat(form.getValue(FormFields.STUDY_DUE_TEXT, String.class)).isEqualTo("10/02/2026");
    assertThat(JsonVariables.list(form.getValue(FormFields.SESSIONS, Object.class), StudySession.class))
        .as("one session to fill in").hasSize(1);
    assertThat(form.getValue(FormFields.MAKE_UP_SESSION, Boolean.class)).isFalse();
    assertThat(form.getValue(FormFields.RESOLUTION_SYMBOL, String.class)).as("the stored values too").isNotBlank();

    assertThat(formService.getTaskFormVariables(study.getId(), List.of(FormFields.TERM_TEXT), true))
        .as("the form asks for some names only").containsOnlyKeys(FormFields.TERM_TEXT);
    assertThat(taskService.getVariablesLocal(study.getId())).as("reading the form stores nothing")
        .containsOnlyKeys(FormFields.RESOLUTION_SYMBOL, FormFields.COMMITTEE_NAME);
  }

  @Test
  void shouldShowAVariableOfTheSameNameInsteadOfWhatItReads() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    // a task opened before the form read its values, or a value set in Cockpit
    taskService.setVariableLocal(study.getId(), FormFields.STUDY_DUE_TEXT, "15/02/2026");
    runtimeService.setVariable(rollout.getId(), FormFields.TERM_TEXT, "2025 – 2030");

    VariableMap form = formService.getTaskFormVariables(study.getId());
    assertThat(form.getValue(FormFields.STUDY_DUE_TEXT, String.class)).isEqualTo("15/02/2026");
    assertThat(form.getValue(FormFields.TERM_TEXT, String.class)).isEqualTo("2025 – 2030");
    assertThat(form.getValue(FormFields.RESOLUTION_TITLE, String.class)).isEqualTo(resolutionTitle(rollout));
  }

  @Test
  void shouldKeepWhatTheOfficialSubmitsOnTheTask() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    completeStudy(rollout);

    assertThat(runtimeService.getVariables(rollout.getId())).as("no field of the form became a process variable")
        .doesNotContainKeys(FormFields.SESSIONS, FormFields.MAKE_UP_SESSION, FormFields.MAKE_UP_DATE,
            FormFields.STUDY_NOTES, FormFields.RESOLUTION_TITLE, FormFields.STUDY_DUE_TEXT);
    assertThat(historicVariablesOf(rollout)).as("each field, in history, is the study task's")
        .filteredOn(variable -> STUDY_RECORD.contains(variable.getName()))
        .extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrderElementsOf(STUDY_RECORD);
    assertThat(historicVariablesOf(rollout))
        .filteredOn(variable -> STUDY_RECORD.contains(variable.getName()))
        .allSatisfy(variable -> assertThat(variable.getTaskId()).isEqualTo(study.getId()));
    assertThat(report(rollout, "notes")).as("the listener read them from the task")
        .isEqualTo("Các chi bộ khu dân cư tham gia đầy đủ.");
  }

  @Test
  void shouldKeepASubmittedFieldOnTheTaskEvenWhereTheInstanceHasAVariableOfItsName() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    // a variable of a field's name on the instance (set in Cockpit): the submission must not overwrite it
    runtimeService.setVariable(rollout.getId(), FormFields.STUDY_NOTES, "ghi chú của Văn phòng");

    completeStudy(rollout);

    assertThat(runtimeService.getVariable(rollout.getId(), FormFields.STUDY_NOTES)).isEqualTo("ghi chú của Văn phòng");
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(study.getId())
        .variableName(FormFields.STUDY_NOTES).singleResult().getValue())
        .isEqualTo("Các chi bộ khu dân cư tham gia đầy đủ.");
    assertThat(report(rollout, "notes")).isEqualTo("Các chi bộ khu dân cư tham gia đầy đủ.");
  }

  @Test
  void shouldSetAFieldTheSubmissionLeavesOutNowhere() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.SESSIONS, JsonVariables.json(List.of(session("2025-12-10", "KEY_OFFICIALS", "IN_PERSON", 120, 118))));
    formService.submitTaskForm(study.getId(), form);

    assertThat(historicVariablesOf(rollout)).extracting(HistoricVariableInstance::getName)
        .contains(FormFields.SESSIONS)
        .doesNotContain(FormFields.MAKE_UP_SESSION, FormFields.MAKE_UP_DATE, FormFields.STUDY_NOTES);
    assertThat(report(rollout, "make_up_date")).as("no make-up session, as the blank form said").isNull();
    assertThat(report(rollout, "notes")).isNull();
  }

  private List<HistoricVariableInstance> historicVariablesOf(ProcessInstance rollout) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(rollout.getId()).list();
  }

  private Object report(ProcessInstance rollout, String column) {
    return jdbc.sql("SELECT " + column + " FROM study_report WHERE rollout_id = "
            + "(SELECT id FROM rollout WHERE process_instance_id = :id)").param("id", rollout.getId())
        .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1))).single().orElse(null);
  }

  private String resolutionTitle(ProcessInstance rollout) {
    return jdbc.sql("SELECT title FROM resolution WHERE id = :id").param("id", resolutionId(rollout))
        .query(String.class).single();
  }

}
