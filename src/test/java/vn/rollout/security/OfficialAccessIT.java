package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;

/**
 * An official of ward A asks every REST resource for ward B's task, process instance, variables,
 * history and comments, and gets 403 or nothing; the same calls for ward A's own task work, so the
 * refusals are the authorizations' doing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialAccessIT extends IntegrationTest {

  static final String PROCESS = "SecurityOfficialProbe";
  static final String SECRET_OF_B = "Số liệu nội bộ của phường B";
  /** Lists are paged, as the webapps page them (queryMaxResultsLimit). */
  static final String PAGE = "&firstResult=0&maxResults=50";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  String officialOfA;
  String instanceA;
  String instanceB;
  String taskA;
  String taskB;
  String deploymentId;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  private boolean prepared;

  @BeforeEach
  void twoWardsWithATaskEach() {
    if (prepared) {
      return;
    }
    prepared = true;
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String province = fixture.committee("sec-tinh", "Tỉnh ủy Thử nghiệm", null, Organ.OFFICE);
    String wardA = fixture.committee("sec-phuong-a", "Đảng ủy phường A", province, Organ.OFFICE);
    String wardB = fixture.committee("sec-phuong-b", "Đảng ủy phường B", province, Organ.OFFICE);
    officialOfA = fixture.user("can-bo-a", TaskGroups.organ(wardA, Organ.OFFICE));
    fixture.grantUser(officialOfA, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    deploymentId = repositoryService.createDeployment()
        .addModelInstance("official-probe.bpmn", Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Handle").name("Xử lý hồ sơ của ${wardName}").camundaCandidateGroups("${officeGroup}")
            .endEvent()
            .done())
        .deploy().getId();
    instanceA = start(wardA, "phường A", "Số liệu của phường A");
    instanceB = start(wardB, "phường B", SECRET_OF_B);
    taskA = taskService.createTaskQuery().processInstanceId(instanceA).singleResult().getId();
    taskB = taskService.createTaskQuery().processInstanceId(instanceB).singleResult().getId();
    taskService.createComment(taskA, instanceA, "Ý kiến của phường A");
    taskService.createComment(taskB, instanceB, "Ý kiến nội bộ của phường B");
  }

  private String start(String ward, String name, String figures) {
    return runtimeService.startProcessInstanceByKey(PROCESS, Map.of(
        "officeGroup", TaskGroups.organ(ward, Organ.OFFICE), "wardName", name, "figures", figures)).getId();
  }

  @AfterAll
  void removeTheProbe() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  ResponseEntity<String> asOfficial(HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(officialOfA, SecurityFixture.PASSWORD)
        .exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers), String.class);
  }

  ResponseEntity<String> get(String path) {
    return asOfficial(HttpMethod.GET, path, null);
  }

  static void refusedOrNothing(ResponseEntity<String> answer) {
    if (answer.getStatusCode().is2xxSuccessful()) {
      assertThat(answer.getBody()).isIn("[]", "{\"count\":0}");
    } else if (answer.getStatusCode() == HttpStatus.BAD_REQUEST) {
      // Camunda's answer to a comment on a task the caller cannot see: as if it did not exist
      assertThat(answer.getBody()).contains("No task found");
    } else {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(answer.getBody()).doesNotContain(SECRET_OF_B);
  }

  @Test
  void shouldListOnlyTheTasksOfTheirOwnGroups() {
    ResponseEntity<String> tasks = get("/task?processDefinitionKey=" + PROCESS + PAGE);

    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).contains(taskA).doesNotContain(taskB).contains("Xử lý hồ sơ của phường A");
    assertThat(get("/task/count?processDefinitionKey=" + PROCESS).getBody()).isEqualTo("{\"count\":1}");
  }

  @Test
  void shouldReadTheirOwnTasksVariablesFormAndComments() {
    assertThat(get("/task/" + taskA).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/task/" + taskA + "/variables").getBody()).contains("Số liệu của phường A");
    assertThat(get("/task/" + taskA + "/form-variables").getBody()).contains("Số liệu của phường A");
    assertThat(get("/task/" + taskA + "/comment").getBody()).contains("Ý kiến của phường A");
    assertThat(get("/history/task?processInstanceId=" + instanceA + PAGE).getBody()).contains(taskA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/variables", "/variables/figures", "/form-variables", "/comment", "/identity-links",
      "/localVariables", "/rendered-form", "/form"})
  void shouldGetNothingOfAnotherWardsTask(String resource) {
    refusedOrNothing(get("/task/" + taskB + resource));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/process-instance?processInstanceIds={B}",
      "/process-instance/{B}",
      "/process-instance/{B}/variables",
      "/process-instance/{B}/activity-instances",
      "/execution?processInstanceId={B}",
      "/variable-instance?processInstanceIdIn={B}",
      "/task?processInstanceId={B}",
      "/history/process-instance?processInstanceId={B}",
      "/history/process-instance/{B}",
      "/history/task?processInstanceId={B}",
      "/history/variable-instance?processInstanceId={B}",
      "/history/detail?processInstanceId={B}",
      "/history/activity-instance?processInstanceId={B}",
      "/history/user-operation?processInstanceId={B}",
      "/history/identity-link-log?taskId={TASK_B}",
      "/history/process-instance/count?processInstanceId={B}"})
  void shouldGetNothingOfAnotherWardsProcessInstanceOrItsHistory(String path) {
    refusedOrNothing(get(path.replace("{B}", instanceB).replace("{TASK_B}", taskB) + (path.contains("?") && !path.contains("/count") ? PAGE : "")));
  }

  @Test
  void shouldNotClaimCompleteOrCommentOnAnotherWardsTask() {
    refusedOrNothing(asOfficial(HttpMethod.POST, "/task/" + taskB + "/claim", "{\"userId\":\"" + officialOfA + "\"}"));
    refusedOrNothing(asOfficial(HttpMethod.POST, "/task/" + taskB + "/complete", "{}"));
    refusedOrNothing(asOfficial(HttpMethod.POST, "/task/" + taskB + "/comment/create", "{\"message\":\"xen vào\"}"));
    refusedOrNothing(asOfficial(HttpMethod.PUT, "/task/" + taskB + "/variables/figures",
        "{\"value\":\"sửa\",\"type\":\"String\"}"));

    var task = taskService.createTaskQuery().taskId(taskB).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
    assertThat(taskService.getTaskComments(taskB)).hasSize(1);
    assertThat(runtimeService.getVariable(instanceB, "figures")).isEqualTo(SECRET_OF_B);
  }

  @Test
  void shouldSeeTheSameThroughTasklistsOwnRestMount() {
    var tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", officialOfA, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);

    var tasks = tasklist.get("/camunda/api/engine/engine/default/task?processDefinitionKey=" + PROCESS + PAGE);
    var other = tasklist.get("/camunda/api/engine/engine/default/task/" + taskB + "/variables");

    assertThat(tasks.body()).contains(taskA).doesNotContain(taskB);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).doesNotContain(SECRET_OF_B);
  }
}
