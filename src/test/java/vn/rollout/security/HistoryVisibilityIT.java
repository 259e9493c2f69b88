package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * The rule of SECURITY.md for history: an official sees in history no more than at run time, that is
 * their own tasks, and the variables local to their own tasks (what their form showed and what they
 * submitted); not the process instance's other variables, another organ's task-local form data, nor
 * the instance's activities, incidents, job logs or external task logs. The secretariat sees the
 * history of the instances granted to its office (its subtree), the administrator everything.
 *
 * <p>One ward's rollout-like instance: the propaganda board's study task (completed, with its notes as
 * task-local variables) and the standing committee's approval task (open, with its own local
 * variable), a timer (job log), and instance variables; and a second ward's instance nobody here has a
 * task in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryVisibilityIT extends IntegrationTest {

  static final String PROCESS = "SecurityHistoryProbe";
  static final String STUDY_NOTES = "Ghi chú nội bộ của Ban Tuyên giáo";
  static final String DECISION_NOTE = "Ý kiến của Ban Thường vụ";
  static final String INSTANCE_FIGURES = "Số liệu chung của quy trình";
  static final String OTHER_WARD = "Số liệu của phường khác";
  static final String PAGE = "firstResult=0&maxResults=500";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired InstanceAccess instanceAccess;

  String standingCommittee;
  String propaganda;
  String office;
  String instance;
  String studyTask;
  String approvalTask;
  String deployment;

  private boolean prepared;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  @BeforeEach
  void aWardsInstanceWithTwoOrgansTasks() {
    if (prepared) {
      return;
    }
    prepared = true;
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-lich-su", "Đảng ủy phường Lịch Sử", null,
        Organ.OFFICE, Organ.STANDING_COMMITTEE, Organ.PROPAGANDA);
    String otherWard = fixture.committee("sec-lich-su-khac", "Đảng ủy phường Khác", null, Organ.OFFICE);
    standingCommittee = fixture.user("thuong-vu-lich-su", TaskGroups.organ(ward, Organ.STANDING_COMMITTEE));
    propaganda = fixture.user("tuyen-giao-lich-su", TaskGroups.organ(ward, Organ.PROPAGANDA));
    office = fixture.user("van-phong-lich-su", TaskGroups.organ(ward, Organ.OFFICE), SecurityGroups.SECRETARIAT);

    deployment = repositoryService.createDeployment()
        .addModelInstance("history-probe.bpmn", Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Study").camundaCandidateGroups("${propagandaGroup}")
            .userTask("Task_Approve").camundaCandidateGroups("${standingCommitteeGroup}")
            .endEvent()
            .moveToActivity("Task_Approve").boundaryEvent("Boundary_Reminder").cancelActivity(false).timerWithDuration("P7D")
            .endEvent()
            .done())
        .deploy().getId();
    instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of(
        "propagandaGroup", TaskGroups.organ(ward, Organ.PROPAGANDA),
        "standingCommitteeGroup", TaskGroups.organ(ward, Organ.STANDING_COMMITTEE),
        "figures", INSTANCE_FIGURES)).getId();
    instanceAccess.grant(instance, List.of(TaskGroups.organ(ward, Organ.OFFICE)));
    runtimeService.startProcessInstanceByKey(PROCESS, Map.of(
        "propagandaGroup", TaskGroups.organ(otherWard, Organ.OFFICE),
        "standingCommitteeGroup", TaskGroups.organ(otherWard, Organ.OFFICE),
        "figures", OTHER_WARD));

    studyTask = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.setVariableLocal(studyTask, "studyNotes", STUDY_NOTES);
    taskService.setVariableLocal(studyTask, "studyNotes", STUDY_NOTES + " (sửa)");
    taskService.complete(studyTask);
    approvalTask = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    // (the first value of a task-local variable is a form's copy and keeps no detail: process/CopiedValuesHistory)
    taskService.setVariableLocal(approvalTask, "decisionNote", "");
    taskService.setVariableLocal(approvalTask, "decisionNote", DECISION_NOTE);
  }

  @AfterAll
  void removeTheProbe() {
    repositoryService.deleteDeployment(deployment, true);
  }

  ResponseEntity<String> get(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity("/engine-rest" + path, String.class);
  }

  ResponseEntity<String> as(String user, String path) {
    return get(user, SecurityFixture.PASSWORD, path);
  }

  String withInstance(String resource) {
    return "/history/" + resource + "?processInstanceId=" + instance + "&" + PAGE;
  }

  @ParameterizedTest
  @ValueSource(strings = {"variable-instance", "detail"})
  void shouldShowAnOfficialOnlyTheVariablesOfTheirOwnTasks(String resource) {
    String theirs = as(standingCommittee, withInstance(resource)).getBody();
    String count = as(standingCommittee, "/history/" + resource + "/count?processInstanceId=" + instance).getBody();
    String byName = as(standingCommittee, "/history/" + resource + "?variableName=studyNotes&" + PAGE).getBody();

    assertThat(theirs).contains(DECISION_NOTE).doesNotContain(STUDY_NOTES).doesNotContain(INSTANCE_FIGURES);
    assertThat(count).isEqualTo("{\"count\":1}");
    assertThat(byName).doesNotContain(STUDY_NOTES);
    // and the propaganda board sees its own notes, with their change, and not the standing committee's
    assertThat(as(propaganda, withInstance(resource)).getBody()).contains(STUDY_NOTES).doesNotContain(DECISION_NOTE)
        .doesNotContain(INSTANCE_FIGURES);
  }

  @org.junit.jupiter.api.Test
  void shouldNotOpenAnotherOrgansVariableById() {
    String notes = historyService.createHistoricVariableInstanceQuery().taskIdIn(studyTask).singleResult().getId();
    String change = historyService.createHistoricDetailQuery().taskId(studyTask).list().get(0).getId();

    assertThat(as(standingCommittee, "/history/variable-instance/" + notes).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(as(standingCommittee, "/history/detail/" + change).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(as(standingCommittee, "/history/variable-instance/" + notes).getBody()).doesNotContain(STUDY_NOTES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"activity-instance", "incident", "job-log", "external-task-log"})
  void shouldShowAnOfficialNothingElseOfTheInstancesHistory(String resource) {
    for (String official : List.of(standingCommittee, propaganda)) {
      ResponseEntity<String> list = as(official, withInstance(resource));
      ResponseEntity<String> count = as(official, "/history/" + resource + "/count?processInstanceId=" + instance);

      assertThat(list.getBody()).as(resource).isEqualTo("[]");
      assertThat(count.getBody()).as(resource).isEqualTo("{\"count\":0}");
    }
  }

  @org.junit.jupiter.api.Test
  void shouldShowAnOfficialTheIdentityLinksOfTheirOwnTasksOnly() {
    String links = as(standingCommittee, withInstance("identity-link-log")).getBody();
    String count = as(standingCommittee, "/history/identity-link-log/count?processInstanceId=" + instance).getBody();

    assertThat(links).contains(approvalTask).doesNotContain(studyTask);
    assertThat(count).isEqualTo("{\"count\":1}");
  }

  @org.junit.jupiter.api.Test
  void shouldShowTheSecretariatTheWholeHistoryOfItsOwnInstancesOnly() {
    assertThat(as(office, withInstance("variable-instance")).getBody())
        .contains(STUDY_NOTES).contains(DECISION_NOTE).contains(INSTANCE_FIGURES);
    assertThat(as(office, withInstance("detail")).getBody()).contains(STUDY_NOTES + " (sửa)");
    assertThat(as(office, withInstance("activity-instance")).getBody()).contains("Task_Study").contains("Task_Approve");
    assertThat(as(office, withInstance("job-log")).getBody()).contains("Boundary_Reminder");
    assertThat(as(office, "/history/variable-instance?variableName=figures&" + PAGE).getBody())
        .contains(INSTANCE_FIGURES).doesNotContain(OTHER_WARD);
    assertThat(get("admin", TestDatabase.ADMIN_PASSWORD, "/history/variable-instance?variableName=figures&" + PAGE).getBody())
        .contains(INSTANCE_FIGURES).contains(OTHER_WARD);
  }
}
