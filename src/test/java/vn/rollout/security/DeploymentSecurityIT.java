package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * Deploying from Camunda Modeler as its deploy dialog does ({@code POST /engine-rest/deployment/create},
 * multipart, HTTP Basic): members of {@code process-owners} may, nobody else; and for everyone a model
 * with a script, a class, an expression beyond the allow-list or a DOCTYPE is refused with 400 naming
 * the element, and nothing is deployed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentSecurityIT extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;

  String processOwner;
  String official;

  @BeforeAll
  void usersOfBothKinds() {
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-trien-khai", "Đảng ủy phường Triển khai", null, Organ.OFFICE);
    processOwner = fixture.user("chu-quy-trinh", SecurityGroups.PROCESS_OWNERS);
    official = fixture.user("can-bo-trien-khai", TaskGroups.organ(ward, Organ.OFFICE));
  }

  static String model(String key, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://rollout.vn/bpmn">
          <bpmn:process id="%1$s" name="Quy trình thử" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            %2$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, body);
  }

  static String serviceTask(String attributes) {
    return """
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Work" />
        <bpmn:serviceTask id="Task_Work" name="Làm việc" %s><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Work" targetRef="EndEvent_Done" />
        <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
        """.formatted(attributes);
  }

  ResponseEntity<String> deploy(String user, String password, String deploymentName, String fileName, String content) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", deploymentName);
    body.add("deployment-source", "Camunda Modeler");
    body.add("deploy-changed-only", "true");
    body.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, password)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  long deployments(String name) {
    return repositoryService.createDeploymentQuery().deploymentName(name).count();
  }

  static JsonNode json(ResponseEntity<String> answer) throws Exception {
    return JSON.readTree(answer.getBody());
  }

  @Test
  void shouldLetAProcessOwnerDeployRedeployAndDeleteFromTheModeler() throws Exception {
    // (the instance below has ended: only a deployment without running instances is the owner's to delete)
    String name = SecurityFixture.unique("owner-deploys");
    ResponseEntity<String> created = deploy(processOwner, SecurityFixture.PASSWORD, name, "owner.bpmn",
        model("SecurityOwnerProbe", serviceTask("camunda:delegateExpression=\"${" + ModelProbeBeans.DELEGATE + "}\"")));

    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
    String id = json(created).get("id").asText();
    var instance = runtimeService.startProcessInstanceByKey("SecurityOwnerProbe");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("delegateRan").singleResult().getValue()).isEqualTo(true);

    var redeployed = http.withBasicAuth(processOwner, SecurityFixture.PASSWORD)
        .postForEntity("/engine-rest/deployment/" + id + "/redeploy", jsonBody("{}"), String.class);
    assertThat(redeployed.getStatusCode()).as(redeployed.getBody()).isEqualTo(HttpStatus.OK);

    for (String deployment : new String[] {id, json(redeployed).get("id").asText()}) {
      var deleted = http.withBasicAuth(processOwner, SecurityFixture.PASSWORD)
          .exchange("/engine-rest/deployment/" + deployment, HttpMethod.DELETE, null, String.class);
      assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(deployments(name)).isZero();
  }

  @Test
  void shouldLeaveDeletingADeploymentWithItsRunningInstancesToAnAdministrator() throws Exception {
    String name = SecurityFixture.unique("cascade-deploys");
    ResponseEntity<String> created = deploy(processOwner, SecurityFixture.PASSWORD, name, "cascade.bpmn", model("SecurityCascadeProbe", """
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Wait" />
        <bpmn:userTask id="Task_Wait" name="Chờ xử lý" camunda:candidateGroups="camunda-admin" />
        """));
    String id = json(created).get("id").asText();
    String instance = runtimeService.startProcessInstanceByKey("SecurityCascadeProbe").getId();

    var byOwner = http.withBasicAuth(processOwner, SecurityFixture.PASSWORD)
        .exchange("/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE, null, String.class);

    assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();

    var byAdmin = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .exchange("/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE, null, String.class);

    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(deployments(name)).isZero();
  }

  @Test
  void shouldCreateTheProcessOwnersGroupWithItsVietnameseName() {
    assertThat(identityService.createGroupQuery().groupId(SecurityGroups.PROCESS_OWNERS).singleResult().getName())
        .isEqualTo("Quản lý quy trình (triển khai mô hình)");
    assertThat(identityService.createGroupQuery().groupId(SecurityGroups.SECRETARIAT).singleResult().getName())
        .isEqualTo("Văn phòng cấp ủy – theo dõi quy trình");
  }

  @Test
  void shouldRefuseAnyoneElseToDeployRedeployOrDelete() throws Exception {
    String name = SecurityFixture.unique("official-deploys");
    String content = model("SecurityOfficialDeploys", serviceTask("camunda:delegateExpression=\"${" + ModelProbeBeans.DELEGATE + "}\""));

    ResponseEntity<String> refused = deploy(official, SecurityFixture.PASSWORD, name, "official.bpmn", content);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deployments(name)).isZero();

    String id = json(deploy(processOwner, SecurityFixture.PASSWORD, name, "official.bpmn", content)).get("id").asText();
    var redeploy = http.withBasicAuth(official, SecurityFixture.PASSWORD)
        .postForEntity("/engine-rest/deployment/" + id + "/redeploy", jsonBody("{}"), String.class);
    var delete = http.withBasicAuth(official, SecurityFixture.PASSWORD)
        .exchange("/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE, null, String.class);

    assertThat(redeploy.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(delete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(deployments(name)).isOne();
    repositoryService.deleteDeployment(id, true);
  }

  @Test
  void shouldRefuseAScriptWith400NamingTheElementForEveryoneAndDeployNothing() throws Exception {
    String name = SecurityFixture.unique("script-deploys");
    String script = model("SecurityScriptProbe", """
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Evil" />
        <bpmn:scriptTask id="Task_Evil" name="Chạy lệnh" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>
        """);

    for (String[] user : new String[][] {{processOwner, SecurityFixture.PASSWORD}, {"admin", TestDatabase.ADMIN_PASSWORD}}) {
      ResponseEntity<String> refused = deploy(user[0], user[1], name, "script.bpmn", script);

      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode body = json(refused);
      assertThat(body.get("type").asText()).isEqualTo("ParseException");
      assertThat(body.get("message").asText()).contains("Task_Evil").contains("script task");
      JsonNode error = body.at("/details/script.bpmn/errors/0");
      assertThat(error.get("mainElementId").asText()).isEqualTo("Task_Evil");
      assertThat(error.get("line").asInt()).isPositive();
    }
    assertThat(deployments(name)).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SecurityScriptProbe").count()).isZero();
  }

  @Test
  void shouldRefuseAnExpressionThatCallsABeanOutsideTheAllowList() throws Exception {
    String name = SecurityFixture.unique("bean-deploys");
    ResponseEntity<String> unmarked = deploy(processOwner, SecurityFixture.PASSWORD, name, "bean.bpmn",
        model("SecurityBeanProbe", serviceTask("camunda:expression=\"${" + ModelProbeBeans.UNMARKED + ".greeting('x')}\"")));
    ResponseEntity<String> environment = deploy(processOwner, SecurityFixture.PASSWORD, name, "bean.bpmn",
        model("SecurityBeanProbe", serviceTask("camunda:expression=\"${systemEnvironment}\"")));
    ResponseEntity<String> engine = deploy(processOwner, SecurityFixture.PASSWORD, name, "bean.bpmn",
        model("SecurityBeanProbe", serviceTask("camunda:expression=\"${execution.getProcessEngineServices().getRepositoryService()}\"")));

    for (ResponseEntity<String> refused : List.of(unmarked, environment, engine)) {
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(refused).at("/details/bean.bpmn/errors/0/mainElementId").asText()).isEqualTo("Task_Work");
    }
    assertThat(json(unmarked).get("message").asText()).contains(ModelProbeBeans.UNMARKED);
    assertThat(json(environment).get("message").asText()).contains("systemEnvironment");
    assertThat(deployments(name)).isZero();
  }

  @Test
  void shouldRunAnAllowedExpressionOnAMarkedBean() throws Exception {
    String name = SecurityFixture.unique("callable-deploys");
    ResponseEntity<String> created = deploy(processOwner, SecurityFixture.PASSWORD, name, "callable.bpmn",
        model("SecurityCallableProbe", serviceTask(
            "camunda:expression=\"${" + ModelProbeBeans.CALLABLE + ".greeting(officeName)}\" camunda:resultVariable=\"greeting\"")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);

    var instance = runtimeService.startProcessInstanceByKey("SecurityCallableProbe", Map.of("officeName", "Văn phòng"));

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("greeting").singleResult().getValue()).isEqualTo("Xin chào Văn phòng");
    repositoryService.deleteDeployment(json(created).get("id").asText(), true);
  }

  @Test
  void shouldNotLetAnyExpressionReachOtherBeansAtRunTime() {
    // A filter saved by the product itself may carry expressions; even so it reaches no bean outside the allow-list.
    var filter = filterService.newTaskFilter("Bộ lọc thử")
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${systemEnvironment}"));
    filterService.saveFilter(filter);
    try {
      assertThatThrownBy(() -> filterService.count(filter.getId()))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("systemEnvironment");
    } finally {
      filterService.deleteFilter(filter.getId());
    }
  }

  @Test
  void shouldRefuseADoctypeWithExternalEntitiesAndStayUp() throws Exception {
    String name = SecurityFixture.unique("xxe-deploys");
    ResponseEntity<String> refused = deploy(processOwner, SecurityFixture.PASSWORD, name, "xxe.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE bpmn:definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Xxe" targetNamespace="http://rollout.vn/bpmn">
          <bpmn:process id="SecurityXxeProbe" name="&secret;" isExecutable="true" />
        </bpmn:definitions>
        """);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("DOCTYPE").doesNotContain("root:");
    assertThat(deployments(name)).isZero();
  }

  @Test
  void shouldRefuseBillionLaughsQuicklyAndStayUp() throws Exception {
    String name = SecurityFixture.unique("laughs-deploys");
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    long start = System.nanoTime();

    ResponseEntity<String> refused = deploy(processOwner, SecurityFixture.PASSWORD, name, "laughs.dmn",
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [" + entities + "]>"
            + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"&lol9;\" namespace=\"x\"/>");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("DOCTYPE");
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    assertThat(deployments(name)).isZero();
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseFilesThatAreNotModelsFormsOrDiagrams() throws Exception {
    String name = SecurityFixture.unique("html-deploys");
    ResponseEntity<String> refused = deploy(processOwner, SecurityFixture.PASSWORD, name, "page.html",
        "<html><script>alert(document.cookie)</script></html>");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(refused).get("message").asText()).contains("page.html");
    assertThat(deployments(name)).isZero();
  }

  static HttpEntity<String> jsonBody(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json, headers);
  }
}
