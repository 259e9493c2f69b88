package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * What an official sees in Tasklist: the shared filters, and through them the tasks of their own
 * organ and no one else's. Officials are asked over the engine's REST API with HTTP Basic, as
 * Tasklist asks it.
 */
class TasklistFiltersIT extends IntegrationTest {

  static final String PASSWORD = "Thu-Nghiem@2026";
  static final String PROCESS = "OrganisationRoutingCheck";

  @Autowired TestRestTemplate http;
  @Autowired OrganisationImport organisationImport;
  @Autowired TasklistAccess tasklistAccess;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TransactionTemplate transaction;

  final ObjectMapper json = new ObjectMapper();
  String p;
  /** An official of the inspection committee of ward a, and one of the office of ward b. */
  String inspector;
  String clerk;
  Deployment deployment;

  @BeforeEach
  void organisationAndProcess() {
    p = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    inspector = p + ".a.kiemtra";
    clerk = p + ".b.vanphong";
    organisationImport.importFiles(new OrganisationFiles(
        utf8("code,name,symbol,parent_code,organs\n"
            + p + ",Thành ủy Thử Nghiệm,TU,,thuong-vu;van-phong\n"
            + p + "-a,Đảng ủy phường An Hải,ĐU," + p + ",van-phong;kiem-tra\n"
            + p + "-b,Đảng ủy phường Bình Hiên,ĐU," + p + ",van-phong;kiem-tra\n"),
        null,
        utf8("username,full_name,email,committee_code,role\n"
            + inspector + ",Nguyễn Văn An," + inspector + "@example.org," + p + "-a,kiem-tra\n"
            + clerk + ",Trần Thị Bình," + clerk + "@example.org," + p + "-b,van-phong\n")));
    setPassword(inspector);
    setPassword(clerk);
    deployment = repositoryService.createDeployment()
        .addModelInstance("organisation-routing-check.bpmn", Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Check").name("Kiểm tra việc phân công").camundaCandidateGroups("${group}")
            .endEvent()
            .done())
        .deploy();
    // camunda-process-test-coverage's execution listener looks the process definition up as the
    // official who completes the task; in production there is no such listener.
    if (authorizationService.createAuthorizationQuery().groupIdIn(TaskGroups.OFFICIALS)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(PROCESS).count() == 0) {
      var read = authorizationService.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(TaskGroups.OFFICIALS);
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(PROCESS);
      read.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(read);
    }
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void shouldShowAnOrgansTaskInTheUnitFilterToItsOfficialsOnly() {
    String task = startTaskFor(TaskGroups.organ(p + "-a", Organ.INSPECTION));

    assertThat(list(inspector, "Việc của đơn vị")).containsExactly(task);
    assertThat(list(clerk, "Việc của đơn vị")).isEmpty();
    assertThat(list(inspector, "Việc của tôi")).isEmpty();
  }

  @Test
  void shouldLetOnlyTheOrgansOfficialsClaimAndCompleteTheTask() {
    String task = startTaskFor(TaskGroups.organ(p + "-a", Organ.INSPECTION));

    assertThat(post(clerk, "/engine-rest/task/" + task + "/claim", Map.of("userId", clerk)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(inspector, "/engine-rest/task/" + task + "/claim", Map.of("userId", inspector)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(list(inspector, "Việc của tôi")).containsExactly(task);
    assertThat(list(inspector, "Việc của đơn vị")).isEmpty();

    assertThat(post(inspector, "/engine-rest/task/" + task + "/complete", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(list(inspector, "Việc của tôi")).isEmpty();
  }

  @Test
  void shouldShowATaskAsDueWithinSevenDaysThenAsOverdue() {
    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
    String task = startTaskFor(TaskGroups.organ(p + "-b", Organ.OFFICE));
    taskService.setDueDate(task, Date.from(now.plus(Duration.ofDays(3))));

    assertThat(list(clerk, "Đến hạn trong 7 ngày")).containsExactly(task);
    assertThat(list(clerk, "Quá hạn")).isEmpty();

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(4))));

    assertThat(list(clerk, "Quá hạn")).containsExactly(task);
    assertThat(list(clerk, "Đến hạn trong 7 ngày")).isEmpty();
    assertThat(list(inspector, "Quá hạn")).as("not their organ's task").isEmpty();
  }

  @Test
  void shouldShareTheFiveFiltersAndTasklistWithEveryOfficialOnce() {
    assertThat(filterNames(inspector)).containsExactly(
        "Việc của tôi", "Việc của đơn vị", "Quá hạn", "Đến hạn trong 7 ngày", "Phối hợp thực hiện");
    long filters = filterService.createFilterQuery().count();
    long grants = authorizationService.createAuthorizationQuery().groupIdIn(TaskGroups.OFFICIALS).count();

    transaction.executeWithoutResult(status -> tasklistAccess.ensure());

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(TaskGroups.OFFICIALS).count()).isEqualTo(grants);
    assertThat(filterService.createFilterQuery().filterOwner("admin").list())
        .filteredOn(filter -> filter.getProperties().containsKey(TasklistAccess.FILTER_KEY_PROPERTY))
        .hasSize(5);

    List<String> groups = List.of(TaskGroups.organ(p + "-a", Organ.INSPECTION), TaskGroups.OFFICIALS);
    assertThat(authorizationService.isUserAuthorized(inspector, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
        .isTrue();
    assertThat(authorizationService.isUserAuthorized(inspector, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
        .isFalse();
    assertThat(authorizationService.isUserAuthorized(inspector, groups, Permissions.ACCESS, Resources.APPLICATION, "admin"))
        .isFalse();
  }

  /** Issue 27: every card shows the resolution's symbol and the committee, on every shared filter. */
  @Test
  void shouldShowTheResolutionAndTheCommitteeOnEveryCard() {
    for (String filter : filters(inspector).values()) {
      JsonNode properties = read(http.withBasicAuth(inspector, PASSWORD).getForEntity("/engine-rest/filter/" + filter, String.class)
          .getBody()).path("properties");
      List<String> shown = new ArrayList<>();
      properties.path("variables").forEach(variable -> shown.add(variable.path("name").asText() + "=" + variable.path("label").asText()));
      assertThat(shown).as(filter).containsExactly("resolutionSymbol=Nghị quyết", "committeeName=Cấp ủy");
      assertThat(properties.path("showUndefinedVariable").asBoolean(true)).isFalse();
    }
  }

  /**
   * Issue 27: a task's due date is the committee's: an official's change is refused in Vietnamese, not with
   * Jackson's message about CamundaFormRef; an administrator's, sent as Tasklist sends it (the whole task,
   * its form reference included), is saved.
   */
  @Test
  void shouldRefuseAnOfficialsDueDateChangeAndSaveAnAdministrators() {
    String task = startTaskFor(TaskGroups.organ(p + "-b", Organ.OFFICE));
    assertThat(post(clerk, "/engine-rest/task/" + task + "/claim", Map.of("userId", clerk)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ObjectNode asTasklistSendsIt = (ObjectNode) read(http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .getForEntity("/engine-rest/task/" + task, String.class).getBody());
    asTasklistSendsIt.putObject("camundaFormRef").put("key", "study-sessions").put("binding", "deployment").putNull("version");
    asTasklistSendsIt.put("due", "2030-01-31T23:59:00.000+0700");

    ResponseEntity<String> official = put(clerk, PASSWORD, "/engine-rest/task/" + task, asTasklistSendsIt.toString());
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read(official.getBody()).path("message").asText())
        .isEqualTo("Hạn xử lý và ngày theo dõi của công việc do cấp ủy quyết định, đồng chí không thể sửa trên công việc. "
            + "Cần lùi hạn thì gửi đề nghị gia hạn.");
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate()).isNull();
    asTasklistSendsIt.put("due", (String) null);
    asTasklistSendsIt.put("followUp", "2030-01-15T08:00:00.000+0700");
    assertThat(put(clerk, PASSWORD, "/engine-rest/task/" + task, asTasklistSendsIt.toString()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    asTasklistSendsIt.put("due", "2030-01-31T23:59:00.000+0700");
    ResponseEntity<String> administrator = put("admin", TestDatabase.ADMIN_PASSWORD, "/engine-rest/task/" + task, asTasklistSendsIt.toString());
    assertThat(administrator.getStatusCode()).as(String.valueOf(administrator.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate())
        .isEqualTo(Date.from(Instant.parse("2030-01-31T16:59:00Z")));
  }

  private ResponseEntity<String> put(String user, String password, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).exchange(path, org.springframework.http.HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }

  private String startTaskFor(String group) {
    String instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("group", group)).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  /** The ids of the tasks a filter shows {@code user}, found by its name among the filters the user may read. */
  private List<String> list(String user, String filterName) {
    String filter = filters(user).get(filterName);
    assertThat(filter).as(filterName + " for " + user).isNotNull();
    ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD).getForEntity("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=100", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    read(answer.getBody()).forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }

  private List<String> filterNames(String user) {
    return new ArrayList<>(filters(user).keySet());
  }

  /** The filters {@code user} may read, by name, in Tasklist's order. */
  private Map<String, String> filters(String user) {
    ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD)
        .getForEntity("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc&firstResult=0&maxResults=100", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> filters = new ArrayList<>();
    read(answer.getBody()).forEach(filters::add);
    filters.sort((a, b) -> Integer.compare(a.at("/properties/priority").asInt(), b.at("/properties/priority").asInt()));
    Map<String, String> byName = new LinkedHashMap<>();
    filters.forEach(filter -> byName.put(filter.path("name").asText(), filter.path("id").asText()));
    return byName;
  }

  private ResponseEntity<String> post(String user, String path, Map<String, String> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, PASSWORD).postForEntity(path, new HttpEntity<>(new HashMap<>(body), headers), String.class);
  }

  private void setPassword(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
