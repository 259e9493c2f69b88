package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.process.ResolutionRolloutProcess.FormFields;
import vn.rollout.support.RolloutTest;

/**
 * An official who may work on a task sets, by submitting or completing it, only the fields of its form
 * ({@link FormFieldsOnly}): the city's study task, submitted over REST as a member of its candidate group,
 * with a name of the rollout's own added ({@code level} decides the committee's deadlines).
 */
class FormFieldsOnlyIT extends RolloutTest {

  @Autowired TestRestTemplate http;

  @Test
  void shouldRefuseASubmissionThatSetsANameTheFormDoesNotHaveAndChangeNothing() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    String official = official(study);
    Object level = runtimeService.getVariable(rollout.getId(), "level");

    for (String endpoint : List.of("submit-form", "complete", "resolve")) {
      Map<String, Object> variables = studyRecord();
      variables.put("level", Map.of("value", 3, "type", "Integer"));
      ResponseEntity<String> answer = post(official, study, endpoint, variables);

      assertThat(answer.getStatusCode()).as(endpoint + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(endpoint).contains("'level'").contains("Biểu mẫu của công việc này không có trường");
    }
    assertThat(runtimeService.getVariable(rollout.getId(), "level")).as("the rollout's level").isEqualTo(level);
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).as("the task is still open").isNotNull();
    assertThat(taskService.getVariablesLocal(study.getId())).as("nothing of the submission was set")
        .doesNotContainKeys(FormFields.SESSIONS, FormFields.STUDY_NOTES, "level");
  }

  @Test
  void shouldRefuseTheWaysRoundANameCloseToAFieldAndTheAnswerWithVariables() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    String official = official(study);

    // a key inside the sessions' list, the list's path with a key, a field's name in another case
    for (String near : List.of("date", "sessions.date", "Sessions", "studynotes")) {
      Map<String, Object> variables = studyRecord();
      variables.put(near, Map.of("value", "x", "type", "String"));
      for (String endpoint : List.of("submit-form", "complete")) {
        // the engine's other entry: the same request asking for the variables back
        ResponseEntity<String> answer = http.withBasicAuth(official, PASSWORD).exchange(
            "/engine-rest/task/" + study.getId() + "/" + endpoint, HttpMethod.POST,
            new HttpEntity<>(Map.of("variables", variables, "withVariablesInReturn", true)), String.class);

        assertThat(answer.getStatusCode()).as(near + ", " + endpoint + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).as(near + ", " + endpoint).contains("'" + near + "'");
      }
    }
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).as("the task is still open").isNotNull();
  }

  @Test
  void shouldRefuseTheNamesOfWhatTheFormOnlyShows() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    String official = official(study);

    for (String shown : List.of(FormFields.RESOLUTION_TITLE, FormFields.STUDY_DUE_TEXT, "committeeCode", "studyDue", "officeGroup")) {
      Map<String, Object> variables = studyRecord();
      variables.put(shown, Map.of("value", "x", "type", "String"));

      ResponseEntity<String> answer = post(official, study, "submit-form", variables);
      assertThat(answer.getStatusCode()).as(shown + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(shown).contains("'" + shown + "'");
    }
    assertThat(runtimeService.getVariables(rollout.getId())).doesNotContainKeys(FormFields.RESOLUTION_TITLE, "studyDue", "officeGroup");
  }

  @Test
  void shouldRefuseWhoMayNotWorkOnTheTaskAsTheEngineDoesWithoutNamingTheFormsFields() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    String outsider = member(TaskGroups.OFFICIALS, "ngoai-" + study.getId());
    Map<String, Object> variables = studyRecord();
    variables.put("level", Map.of("value", 3, "type", "Integer"));

    for (String endpoint : List.of("submit-form", "complete", "resolve")) {
      ResponseEntity<String> answer = post(outsider, study, endpoint, variables);

      assertThat(answer.getStatusCode()).as(endpoint + ": " + answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).as(endpoint).doesNotContain(FormFields.SESSIONS);
    }
  }

  @Test
  void shouldTakeASubmissionOfTheFormsOwnFields() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    ResponseEntity<String> answer = post(official(study), study, "submit-form", studyRecord());

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).as("the study is done").isNull();
  }

  @Test
  void shouldLeaveAnAdministratorAndTheEnginesOwnWorkAsTheyWere() {
    ProcessInstance rollout = register(city());
    Task study = task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    String administrator = member(Groups.CAMUNDA_ADMIN, "quan-tri-" + study.getId());
    Map<String, Object> variables = studyRecord();
    variables.put("ghiChuQuanTri", Map.of("value", "x", "type", "String"));

    assertThat(post(administrator, study, "submit-form", variables).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** An official (the officials' group) of the task's candidate group, who may read and work on it. */
  String official(Task task) {
    String group = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(id -> id != null).findFirst().orElseThrow();
    String official = member(group, "can-bo-" + task.getId());
    identityService.createMembership(official, TaskGroups.OFFICIALS);
    return official;
  }

  /** The study form's fields as Tasklist submits them. */
  static Map<String, Object> studyRecord() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FormFields.SESSIONS, Map.of("type", "Json", "value",
        "[{\"date\":\"2025-12-10\",\"audience\":\"KEY_OFFICIALS\",\"format\":\"IN_PERSON\",\"invited\":120,\"attended\":118}]"));
    variables.put(FormFields.MAKE_UP_SESSION, Map.of("value", false, "type", "Boolean"));
    variables.put(FormFields.STUDY_NOTES, Map.of("value", "Đã quán triệt đầy đủ.", "type", "String"));
    return variables;
  }

  ResponseEntity<String> post(String user, Task task, String endpoint, Map<String, Object> variables) {
    return http.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + task.getId() + "/" + endpoint, HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), String.class);
  }
}
