package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.InspectionProcess;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.process.ProgrammeAmendmentProcess.FormFields;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/**
 * Someone signed in starts a process instance at its start, with only its start form's fields
 * ({@link FormFieldsOnly#checkStart}, {@link InstanceStarts}). The way round it tried here: the city's office,
 * which may propose an amendment of its approved programme, starts one with {@code standingCommitteeGroup} set to
 * its own group, so that the decision on its own proposal would come to itself; or starts it straight at the
 * decision, past the step that checks who may propose.
 */
class InstanceStartsIT extends RolloutTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  String city;
  String office;
  String officer;
  long resolution;

  @BeforeEach
  void approveTheCitysProgramme() {
    city = city();
    office = group(city, Organ.OFFICE);
    var rollout = register(city);
    approveProgramme(rollout, city);
    runAsyncJobs(rollout);
    resolution = resolutionId(rollout);
    officer = member(office, "vp");
    identityService.createMembership(officer, TaskGroups.OFFICIALS);
  }

  @Test
  void shouldRefuseAStartWithANameTheStartFormDoesNotHaveAndStartNothing() {
    long before = amendmentsStarted();
    for (String name : List.of("standingCommitteeGroup", "officeGroup", "level", "CommitteeCode", "resolutionId.x")) {
      Map<String, Object> variables = startForm();
      variables.put(name, Map.of("value", office, "type", "String"));
      for (String endpoint : List.of("start", "submit-form")) {
        ResponseEntity<String> answer = start(officer, ProgrammeAmendmentProcess.KEY, endpoint, Map.of("variables", variables));

        assertThat(answer.getStatusCode()).as(name + ", " + endpoint + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).as(name + ", " + endpoint).contains("'" + name + "'")
            .contains("Biểu mẫu khởi tạo quy trình không có trường");
      }
    }
    // also asking for the variables back, by the definition's id rather than its key, and through the Java API
    Map<String, Object> variables = startForm();
    variables.put("standingCommitteeGroup", Map.of("value", office, "type", "String"));
    assertThat(start(officer, ProgrammeAmendmentProcess.KEY, "start", Map.of("variables", variables, "withVariablesInReturn", true))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProgrammeAmendmentProcess.KEY)
        .latestVersion().singleResult().getId();
    for (String endpoint : List.of("start", "submit-form")) {
      assertThat(http.withBasicAuth(officer, PASSWORD).exchange("/engine-rest/process-definition/" + definitionId + "/" + endpoint,
          HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), String.class).getStatusCode())
          .as("by id, " + endpoint).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    identityService.setAuthentication(officer, List.of(office, TaskGroups.OFFICIALS));
    try {
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProgrammeAmendmentProcess.KEY,
          Map.of(FormFields.RESOLUTION_ID, resolution, FormFields.COMMITTEE_CODE, city, "standingCommitteeGroup", office)))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'standingCommitteeGroup'");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(amendmentsStarted()).as("nothing started").isEqualTo(before);
  }

  @Test
  void shouldRefuseAStartAtAnActivityOfTheCallersChoosing() {
    long before = amendmentsStarted();
    for (String instruction : List.of("startBeforeActivity", "startAfterActivity")) {
      ResponseEntity<String> answer = start(officer, ProgrammeAmendmentProcess.KEY, "start", Map.of(
          "variables", startForm(), "skipCustomListeners", true,
          "startInstructions", List.of(Map.of("type", instruction, "activityId", ProgrammeAmendmentProcess.TASK_DECIDE_AMENDMENT))));

      assertThat(answer.getStatusCode()).as(instruction + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("Chỉ khởi tạo được quy trình từ sự kiện bắt đầu");
    }
    assertThat(amendmentsStarted()).as("nothing started").isEqualTo(before);
    // an ad-hoc inspection past the step that checks who may order one
    long inspections = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(InspectionProcess.AD_HOC_KEY).count();
    ResponseEntity<String> answer = start(officer, InspectionProcess.AD_HOC_KEY, "start", Map.of(
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "CallActivity_InspectAdHoc"))));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(InspectionProcess.AD_HOC_KEY).count())
        .isEqualTo(inspections);
  }

  @Test
  void shouldStartWithTheStartFormsOwnFieldsAndTheDecisionGoesToTheStandingCommittee() throws Exception {
    ResponseEntity<String> answer = start(officer, ProgrammeAmendmentProcess.KEY, "submit-form", Map.of("variables", startForm()));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    String started = new ObjectMapper().readTree(answer.getBody()).path("id").asText();
    Task propose = taskService.createTaskQuery().processInstanceId(started)
        .taskDefinitionKey(ProgrammeAmendmentProcess.TASK_PROPOSE_AMENDMENT).singleResult();
    assertThat(propose).as("the office's proposal task of " + started).isNotNull();
    assertThat(candidateGroups(propose)).containsExactly(office);
  }

  @Test
  void shouldRefuseWhoMayNotStartTheProcessAsTheEngineDoesWithoutNamingTheFormsFields() {
    Map<String, Object> variables = startForm();
    variables.put("level", Map.of("value", 3, "type", "Integer"));

    // officials may start an amendment or an ad-hoc inspection, not a rollout
    ResponseEntity<String> answer = start(officer, ResolutionRolloutProcess.KEY, "start", Map.of("variables", variables));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody()).doesNotContain("Biểu mẫu");
  }

  @Test
  void shouldLeaveAnAdministratorAsBefore() {
    String administrator = member(Groups.CAMUNDA_ADMIN, "quan-tri");
    Map<String, Object> variables = startForm();
    variables.put("ghiChuQuanTri", Map.of("value", "x", "type", "String"));

    assertThat(start(administrator, ProgrammeAmendmentProcess.KEY, "start", Map.of("variables", variables)).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /** The amendment's start form as Tasklist submits it. */
  Map<String, Object> startForm() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FormFields.RESOLUTION_ID, Map.of("value", resolution, "type", "Long"));
    variables.put(FormFields.COMMITTEE_CODE, Map.of("value", city, "type", "String"));
    return variables;
  }

  ResponseEntity<String> start(String user, String key, String endpoint, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD).exchange("/engine-rest/process-definition/key/" + key + "/" + endpoint,
        HttpMethod.POST, new HttpEntity<>(body), String.class);
  }

  long amendmentsStarted() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeAmendmentProcess.KEY).count();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
