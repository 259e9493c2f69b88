package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
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
import vn.rollout.support.TestDatabase;

/**
 * Expressions in task queries are code. Every way in is tried: a filter created or changed with an
 * expression ({@code POST /filter/create}, {@code PUT /filter/{id}}, also inside {@code orQueries}), an
 * ad-hoc task query with one ({@code GET /task?assigneeExpression=…}, {@code POST /task},
 * {@code orQueries}, {@code /task/count}, a filter's extending query), through the REST API and through
 * Tasklist's own mount. Only the product's filters carry expressions, and those still work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryExpressionIT extends IntegrationTest {

  static final String PROCESS = "SecurityQueryProbe";
  static final String CURRENT_USER = "${currentUser()}";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired ProductFilters productFilters;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  String official;
  String ownFilter;
  String productFilter;
  String deploymentId;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  private boolean prepared;

  @BeforeEach
  void anOfficialWhoMayCreateFilters() {
    if (prepared) {
      return;
    }
    prepared = true;
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-bo-loc", "Đảng ủy phường Bộ Lọc", null, Organ.OFFICE);
    official = fixture.user("can-bo-loc", TaskGroups.organ(ward, Organ.OFFICE));
    // even with the right to create filters (Tasklist offers it), no expressions
    fixture.grantUser(official, Resources.FILTER, "*", Permissions.CREATE);
    fixture.grantUser(official, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    deploymentId = repositoryService.createDeployment()
        .addModelInstance("query-probe.bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Mine").name("Việc được giao").camundaAssignee("${assignee}").endEvent().done())
        .deploy().getId();
    runtimeService.startProcessInstanceByKey(PROCESS, Map.of("assignee", official));

    ResponseEntity<String> created = asOfficial(HttpMethod.POST, "/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"Việc phường\",\"owner\":\"" + official + "\",\"query\":{\"nameLike\":\"%việc%\"}}");
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
    ownFilter = read(created, "id");

    // The product's own filter, as the organisation import creates it, while an administrator's request runs.
    identityService.setAuthentication("admin", java.util.List.of(Groups.CAMUNDA_ADMIN));
    try {
      Filter filter = filterService.newTaskFilter("Việc của tôi")
          .setQuery(taskService.createTaskQuery().taskAssigneeExpression(CURRENT_USER));
      productFilter = productFilters.save(filter).getId();
    } finally {
      identityService.clearAuthentication();
    }
    fixture.grantUser(official, Resources.FILTER, productFilter, Permissions.READ);
  }

  @AfterAll
  void cleanUp() {
    filterService.deleteFilter(ownFilter);
    filterService.deleteFilter(productFilter);
    repositoryService.deleteDeployment(deploymentId, true);
  }

  ResponseEntity<String> asOfficial(HttpMethod method, String path, String json) {
    return as(official, SecurityFixture.PASSWORD, method, path, json);
  }

  ResponseEntity<String> as(String user, String password, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers), String.class);
  }

  static String read(ResponseEntity<String> answer, String field) {
    try {
      return new ObjectMapper().readTree(answer.getBody()).get(field).asText();
    } catch (Exception e) {
      throw new IllegalStateException(answer.getBody(), e);
    }
  }

  static void refused(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsIgnoringCase("expression");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"assigneeExpression\":\"${currentUser()}\"}",
      "{\"candidateGroupsExpression\":\"#{currentUserGroups()}\"}",
      "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}",
      "{\"nameLike\":\"${not an expression to the engine, but carried}\"}"})
  void shouldRefuseAnOfficialsNewFilterWithAnExpression(String query) {
    long before = filterService.createFilterQuery().count();

    refused(asOfficial(HttpMethod.POST, "/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc riêng\",\"owner\":\"" + official + "\",\"query\":" + query + "}"));

    assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseToChangeAFilterToCarryAnExpression() {
    refused(asOfficial(HttpMethod.PUT, "/filter/" + ownFilter,
        "{\"resourceType\":\"Task\",\"name\":\"Việc phường\",\"owner\":\"" + official + "\","
            + "\"query\":{\"orQueries\":[{\"candidateUserExpression\":\"${currentUser()}\"}]}}"));

    assertThat(filterService.getFilter(ownFilter).getQuery().toString()).doesNotContain("currentUser");
  }

  @Test
  void shouldRefuseAnAdministratorsFilterWithAnExpressionToo() {
    refused(as("admin", TestDatabase.ADMIN_PASSWORD, HttpMethod.POST, "/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"Của quản trị\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}"));
  }

  @Test
  void shouldRunTheProductsOwnFiltersWithTheirExpressions() {
    ResponseEntity<String> mine = asOfficial(HttpMethod.GET, "/filter/" + productFilter + "/list?firstResult=0&maxResults=15", null);

    assertThat(mine.getStatusCode()).as(mine.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(mine.getBody()).contains("Việc được giao");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/task?assigneeExpression=${currentUser()}&firstResult=0&maxResults=15",
      "/task/count?assigneeExpression=${currentUser()}",
      "/task?candidateGroupsExpression=${currentUserGroups()}&firstResult=0&maxResults=15"})
  void shouldRefuseAnAdhocTaskQueryWithAnExpression(String path) {
    refused(http.withBasicAuth(official, SecurityFixture.PASSWORD)
        .getForEntity("/engine-rest" + path.replace("{", "%7B").replace("}", "%7D"), String.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/task?firstResult=0&maxResults=15",
      "/task/count",
      "/filter/{own}/list?firstResult=0&maxResults=15",
      "/filter/{own}/count"})
  void shouldRefuseExpressionsInPostedTaskQueriesAndTheirOrQueries(String path) {
    String resolved = path.replace("{own}", ownFilter);
    refused(asOfficial(HttpMethod.POST, resolved, "{\"assigneeExpression\":\"${currentUser()}\"}"));
    refused(asOfficial(HttpMethod.POST, resolved, "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}"));
    refused(asOfficial(HttpMethod.POST, resolved,
        "{\"processDefinitionKey\":\"" + PROCESS + "\",\"orQueries\":[{\"taskName\":\"x\"},{\"dueAfterExpression\":\"${now()}\"}]}"));
  }

  @Test
  void shouldAnswerTheSameQueriesWithoutExpressions() {
    ResponseEntity<String> tasks = asOfficial(HttpMethod.POST, "/task?firstResult=0&maxResults=15",
        "{\"orQueries\":[{\"assignee\":\"" + official + "\",\"candidateUser\":\"" + official + "\"}]}");

    assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).contains("Việc được giao");
  }

  @Test
  void shouldRefuseThemThroughTasklistsOwnMountToo() {
    var tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", official, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);

    var query = tasklist.postJson("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}", true);
    var filter = tasklist.postJson("/camunda/api/engine/engine/default/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"Tự tạo\",\"owner\":\"" + official + "\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}", true);

    assertThat(query.statusCode()).as(query.body()).isEqualTo(400);
    assertThat(filter.statusCode()).as(filter.body()).isEqualTo(400);
  }
}
