package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;

/**
 * {@code <script>} typed into a form reaches Tasklist and Cockpit as data, never as markup: the REST
 * answers the webapps read are JSON that browsers may not sniff as HTML, carrying the text unchanged
 * for AngularJS to interpolate (escaped; {@link WebappEscapingTest}), and no page of the webapps is
 * rendered with it on the server.
 */
class EscapingIT extends IntegrationTest {

  static final String PROCESS = "SecurityEscapingProbe";
  static final String SCRIPT = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";

  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  @Test
  void shouldServeAScriptInATaskNameAndAVariableAsPlainJsonText() throws Exception {
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-escape", "Đảng ủy phường Thoát", null, Organ.OFFICE);
    String official = fixture.user("can-bo-escape", TaskGroups.organ(ward, Organ.OFFICE));
    fixture.grantUser(official, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    String deployment = repositoryService.createDeployment()
        .addModelInstance("escaping-probe.bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Escaped").name("Báo cáo: ${title}").camundaCandidateGroups("${group}").endEvent().done())
        .deploy().getId();
    try {
      String instance = runtimeService.startProcessInstanceByKey(PROCESS,
          Map.of("title", SCRIPT, "note", SCRIPT, "group", TaskGroups.organ(ward, Organ.OFFICE))).getId();
      String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
      var tasklist = new WebappSession(port);
      assertThat(tasklist.login("tasklist", official, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);

      for (String path : new String[] {"/task/" + task, "/task/" + task + "/form-variables"}) {
        var answer = tasklist.get("/camunda/api/engine/engine/default" + path);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        var json = new ObjectMapper().readTree(answer.body());
        assertThat(path.endsWith("variables") ? json.at("/note/value").asText() : json.get("name").asText())
            .isEqualTo(path.endsWith("variables") ? SCRIPT : "Báo cáo: " + SCRIPT);
      }
      assertThat(tasklist.get("/camunda/app/tasklist/default/").body()).doesNotContain("__xss");
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }
}
