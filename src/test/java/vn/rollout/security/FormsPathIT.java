package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * The path by which a form reaches Tasklist: only Camunda Forms (JSON, rendered by form-js as data).
 * Deployments refuse every other kind ({@link ModelContentCheck}); for a deployment made before that
 * check existed, simulated here by deploying with the check taken out, the REST API (and the webapps'
 * mount of it) still serves an embedded HTML form or a generated form to nobody, the administrator
 * included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsPathIT extends IntegrationTest {

  static final String LEGACY = "SecurityLegacyFormsProbe";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  String deployment;
  String instance;

  private boolean prepared;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  @BeforeEach
  void aDeploymentFromBeforeTheCheck() {
    if (prepared) {
      return;
    }
    prepared = true;
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_Legacy" targetNamespace="http://rollout.vn/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Started" />
            <bpmn:parallelGateway id="Gateway_Split" />
            <bpmn:userTask id="Task_Embedded" name="Biểu mẫu nhúng" camunda:candidateGroups="camunda-admin" camunda:formKey="embedded:deployment:report.html" />
            <bpmn:userTask id="Task_Generated" name="Biểu mẫu sinh" camunda:candidateGroups="camunda-admin">
              <bpmn:extensionElements><camunda:formData><camunda:formField id="note" label="&lt;img src=x onerror=alert(1)&gt;" type="string" /></camunda:formData></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Task_CamundaForm" name="Biểu mẫu Camunda" camunda:candidateGroups="camunda-admin" camunda:formRef="legacy-form" camunda:formRefBinding="deployment" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Gateway_Split" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_Split" targetRef="Task_Embedded" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Gateway_Split" targetRef="Task_Generated" />
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Gateway_Split" targetRef="Task_CamundaForm" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(LEGACY);
    String html = "<form><script cam-script type=\"text/form-script\">window.__owned = true;</script></form>";
    String form = "{\"id\":\"legacy-form\",\"type\":\"default\",\"components\":[{\"type\":\"text\",\"id\":\"Text_1\",\"text\":\"Xin chào\"}]}";

    // the engine's deployers (its own list equals the deployment cache's, which has no getter), less the check
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<Deployer> all = configuration.getDeployers();
    assertThat(all).anyMatch(ModelContentCheck.class::isInstance);
    configuration.getDeploymentCache().setDeployers(all.stream().filter(d -> !(d instanceof ModelContentCheck)).toList());
    try {
      deployment = repositoryService.createDeployment()
          .addString("legacy.bpmn", model)
          .addString("report.html", html)
          .addString("legacy.form", form)
          .deploy().getId();
    } finally {
      configuration.getDeploymentCache().setDeployers(all);
    }
    instance = runtimeService.startProcessInstanceByKey(LEGACY).getId();
  }

  @AfterAll
  void removeIt() {
    repositoryService.deleteDeployment(deployment, true);
  }

  String task(String activity) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult().getId();
  }

  ResponseEntity<String> asAdministrator(String path) {
    return http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForEntity(path, String.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", "/camunda/api/engine/engine/default"})
  void shouldServeNoEmbeddedHtmlFormEvenToTheAdministrator(String mount) {
    String path = mount + "/task/" + task("Task_Embedded") + "/deployed-form";
    if (mount.startsWith("/camunda")) {
      var session = new WebappSession(port);
      session.login("tasklist", "admin", TestDatabase.ADMIN_PASSWORD);
      var answer = session.get(path);
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).doesNotContain("cam-script").contains("Camunda Form");
      return;
    }
    ResponseEntity<String> answer = asAdministrator(path);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody()).doesNotContain("cam-script").contains("Camunda Form");
  }

  @Test
  void shouldServeNoGeneratedForm() {
    ResponseEntity<String> answer = asAdministrator("/engine-rest/task/" + task("Task_Generated") + "/rendered-form");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody()).doesNotContain("onerror");
  }

  @Test
  void shouldServeACamundaFormAsJson() {
    ResponseEntity<String> answer = asAdministrator("/engine-rest/task/" + task("Task_CamundaForm") + "/deployed-form");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
    assertThat(answer.getBody()).contains("\"legacy-form\"").contains("Xin chào");
  }

  @Test
  void shouldServeADeploymentsResourcesOnlyAsADownload() {
    String resource = repositoryService.getDeploymentResources(deployment).stream()
        .filter(r -> r.getName().equals("report.html")).findFirst().orElseThrow().getId();
    ResponseEntity<String> answer = asAdministrator("/engine-rest/deployment/" + deployment + "/resources/" + resource + "/data");

    assertThat(answer.getHeaders().getFirst("Content-Disposition")).startsWith("attachment");
    assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(new String(answer.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("cam-script");
  }
}
