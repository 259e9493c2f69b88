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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
  @Autowired ManagementService managementService;

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

  /** A first version of a probe process, other than the one a test deploys next. */
  static String firstVersion() {
    return serviceTask("camunda:delegateExpression=\"${" + ModelProbeBeans.DELEGATE + "}\" camunda:asyncBefore=\"false\"");
  }

  ResponseEntity<String> deploy(String user, String password, String deploymentName, String fileName, String content) {
    return deploy(user, password, deploymentName, Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
  }

  /** As Camunda Modeler deploys: multipart, one part a file. */
  ResponseEntity<String> deploy(String user, String password, String deploymentName, Map<String, byte[]> files) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", deploymentName);
    body.add("deployment-source", "Camunda Modeler");
    body.add("deploy-changed-only", "true");
    files.forEach((fileName, content) -> body.add(fileName, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, password)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  /** The first version of a key: only an administrator brings a new key. */
  String deployAsAdministrator(String deploymentName, String fileName, String content) throws Exception {
    return deployAsAdministrator(deploymentName, Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
  }

  String deployAsAdministrator(String deploymentName, Map<String, byte[]> files) throws Exception {
    ResponseEntity<String> created = deploy("admin", TestDatabase.ADMIN_PASSWORD, deploymentName, files);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
    return json(created).get("id").asText();
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
    String first = deployAsAdministrator(name, "owner.bpmn", model("SecurityOwnerProbe", firstVersion()));
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

    for (String deployment : new String[] {id, json(redeployed).get("id").asText(), first}) {
      var deleted = http.withBasicAuth(processOwner, SecurityFixture.PASSWORD)
          .exchange("/engine-rest/deployment/" + deployment, HttpMethod.DELETE, null, String.class);
      assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(deployments(name)).isZero();
  }

  @Test
  void shouldLeaveDeletingADeploymentWithItsRunningInstancesToAnAdministrator() throws Exception {
    String name = SecurityFixture.unique("cascade-deploys");
    String id = deployAsAdministrator(name, "cascade.bpmn", model("SecurityCascadeProbe", """
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Wait" />
        <bpmn:userTask id="Task_Wait" name="Chờ xử lý" camunda:candidateGroups="camunda-admin" />
        """));
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

    String id = deployAsAdministrator(name, "official.bpmn", content);
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
    String callable = model("SecurityCallableProbe", serviceTask(
        "camunda:expression=\"${" + ModelProbeBeans.CALLABLE + ".greeting(officeName)}\" camunda:resultVariable=\"greeting\""));
    String first = deployAsAdministrator(name, "callable.bpmn", model("SecurityCallableProbe", firstVersion()));
    ResponseEntity<String> created = deploy(processOwner, SecurityFixture.PASSWORD, name, "callable.bpmn", callable);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);

    var instance = runtimeService.startProcessInstanceByKey("SecurityCallableProbe", Map.of("officeName", "Văn phòng"));

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("greeting").singleResult().getValue()).isEqualTo("Xin chào Văn phòng");
    repositoryService.deleteDeployment(json(created).get("id").asText(), true);
    repositoryService.deleteDeployment(first, true);
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

  /** The attack of issue 19: an embedded form whose HTML hides behind a PNG signature, opened by a task a timer starts. */
  @Test
  void shouldRefuseAnEmbeddedFormHiddenInAPictureForEveryoneAndDeployNothing() throws Exception {
    String name = SecurityFixture.unique("embedded-form-deploys");
    String model = model("SecurityEmbeddedFormProbe", """
        <bpmn:startEvent id="StartEvent_Nightly"><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:timerEventDefinition id="Timer_Nightly"><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Open" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="StartEvent_Nightly" targetRef="Task_Open" />
        <bpmn:userTask id="Task_Open" name="Xem báo cáo" camunda:candidateGroups="camunda-admin" camunda:formKey="embedded:deployment:diagram.png" />
        """);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] html = """
        <form role="form"><script cam-script type="text/form-script">
          fetch('/camunda/api/admin/auth/user/default'); window.__owned = true;
        </script></form>""".getBytes(StandardCharsets.UTF_8);
    byte[] picture = new byte[signature.length + html.length];
    System.arraycopy(signature, 0, picture, 0, signature.length);
    System.arraycopy(html, 0, picture, signature.length, html.length);

    for (String[] user : new String[][] {{processOwner, SecurityFixture.PASSWORD}, {"admin", TestDatabase.ADMIN_PASSWORD}}) {
      ResponseEntity<String> refused = deploy(user[0], user[1], name, Map.of(
          "embedded.bpmn", model.getBytes(StandardCharsets.UTF_8), "diagram.png", picture));

      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(refused).get("message").asText()).containsAnyOf("Task_Open", "diagram.png");
    }
    ResponseEntity<String> pictureAlone = deploy("admin", TestDatabase.ADMIN_PASSWORD, name, Map.of("diagram.png", picture));
    ResponseEntity<String> modelAlone = deploy("admin", TestDatabase.ADMIN_PASSWORD, name, "embedded.bpmn", model);

    assertThat(pictureAlone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(pictureAlone).get("message").asText()).contains("diagram.png");
    assertThat(modelAlone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(modelAlone).at("/details/embedded.bpmn/errors/0/mainElementId").asText()).isEqualTo("Task_Open");
    assertThat(json(modelAlone).get("message").asText()).contains("camunda:formKey");
    assertThat(deployments(name)).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SecurityEmbeddedFormProbe").count()).isZero();
    assertThat(managementService.createJobQuery().timers().processDefinitionKey("SecurityEmbeddedFormProbe").count()).isZero();
  }

  @Test
  void shouldLeaveNewProcessDecisionAndFormKeysToAnAdministrator() throws Exception {
    String name = SecurityFixture.unique("new-key-deploys");
    String process = model("SecurityNewKeyProbe", firstVersion());
    String decision = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_NewKey" name="Thử" namespace="http://rollout.vn/dmn">
          <decision id="SecurityNewKeyDecision" name="Quyết định thử" camunda:historyTimeToLive="1">
            <variable id="Variable_NewKey" name="answer" typeRef="string" />
            <literalExpression id="LiteralExpression_NewKey"><text>"đồng ý"</text></literalExpression>
          </decision>
        </definitions>
        """;
    String form = "{\"id\":\"security-new-key-form\",\"type\":\"default\",\"components\":[]}";

    for (String[] file : new String[][] {{"new.bpmn", process, "SecurityNewKeyProbe"}, {"new.dmn", decision, "SecurityNewKeyDecision"},
        {"new.form", form, "security-new-key-form"}}) {
      ResponseEntity<String> refused = deploy(processOwner, SecurityFixture.PASSWORD, name, file[0], file[1]);

      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(refused).get("message").asText()).contains(file[2]).contains("administrator");
    }
    // a new key beside an existing one does not slip through
    String existing = deployAsAdministrator(name, "existing.bpmn", model("SecurityExistingProbe", firstVersion()));
    ResponseEntity<String> beside = deploy(processOwner, SecurityFixture.PASSWORD, name, Map.of(
        "existing.bpmn", model("SecurityExistingProbe", serviceTask("camunda:delegateExpression=\"${" + ModelProbeBeans.DELEGATE + "}\"")).getBytes(StandardCharsets.UTF_8),
        "new.bpmn", process.getBytes(StandardCharsets.UTF_8)));
    assertThat(beside.getStatusCode()).as(beside.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SecurityExistingProbe").count()).isOne();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SecurityNewKeyProbe").count()).isZero();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("SecurityNewKeyDecision").count()).isZero();

    // the administrator brings the keys; then the process owner deploys their next versions
    String administrators = deployAsAdministrator(name, Map.of(
        "new.bpmn", process.getBytes(StandardCharsets.UTF_8), "new.dmn", decision.getBytes(StandardCharsets.UTF_8),
        "new.form", form.getBytes(StandardCharsets.UTF_8)));
    ResponseEntity<String> next = deploy(processOwner, SecurityFixture.PASSWORD, name, Map.of(
        "new.bpmn", model("SecurityNewKeyProbe", serviceTask("camunda:delegateExpression=\"${" + ModelProbeBeans.DELEGATE + "}\"")).getBytes(StandardCharsets.UTF_8),
        "new.dmn", decision.replace("đồng ý", "không đồng ý").getBytes(StandardCharsets.UTF_8),
        "new.form", form.replace("[]", "[{\"type\":\"text\",\"id\":\"Text_1\",\"text\":\"Phiên bản 2\"}]").getBytes(StandardCharsets.UTF_8)));
    assertThat(next.getStatusCode()).as(next.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SecurityNewKeyProbe").latestVersion()
        .singleResult().getVersion()).isEqualTo(2);

    for (String id : List.of(json(next).get("id").asText(), administrators, existing)) {
      repositoryService.deleteDeployment(id, true);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<bpmn:timerEventDefinition id=\"Timer_Start\"><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>",
      "<bpmn:messageEventDefinition id=\"Message_Start\" messageRef=\"Message_Probe\" />",
      "<bpmn:signalEventDefinition id=\"Signal_Start\" signalRef=\"Signal_Probe\" />",
      "<bpmn:conditionalEventDefinition id=\"Condition_Start\"><bpmn:condition xsi:type=\"bpmn:tFormalExpression\">${true}</bpmn:condition></bpmn:conditionalEventDefinition>"})
  void shouldLeaveStartEventsThatStartInstancesByThemselvesToAnAdministrator(String definition) throws Exception {
    String name = SecurityFixture.unique("self-starting-deploys");
    String key = "SecuritySelfStarting" + name.substring(name.lastIndexOf('-'));
    String first = deployAsAdministrator(name, "self.bpmn", model(key, firstVersion()));
    String selfStarting = model(key, serviceTask("camunda:delegateExpression=\"${" + ModelProbeBeans.DELEGATE + "}\""))
        .replace("<bpmn:startEvent id=\"StartEvent_Started\"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>",
            "<bpmn:startEvent id=\"StartEvent_ByItself\"><bpmn:outgoing>Flow_1</bpmn:outgoing>" + definition + "</bpmn:startEvent>")
        .replace("sourceRef=\"StartEvent_Started\"", "sourceRef=\"StartEvent_ByItself\"")
        .replace("<bpmn:process ", "<bpmn:message id=\"Message_Probe\" name=\"probe\" /><bpmn:signal id=\"Signal_Probe\" name=\"probe\" /><bpmn:process ")
        .replace("xmlns:camunda=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:camunda=");
    String administrators = null;
    try {
      ResponseEntity<String> refused = deploy(processOwner, SecurityFixture.PASSWORD, name, "self.bpmn", selfStarting);

      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(refused).get("message").asText()).contains("StartEvent_ByItself").contains("administrator");
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();

      administrators = deployAsAdministrator(name, "self.bpmn", selfStarting);
      // nor can the process owner bring it back by redeploying the administrator's deployment
      var redeploy = http.withBasicAuth(processOwner, SecurityFixture.PASSWORD)
          .postForEntity("/engine-rest/deployment/" + administrators + "/redeploy", jsonBody("{}"), String.class);
      assertThat(redeploy.getStatusCode()).as(redeploy.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(2);
    } finally {
      if (administrators != null) {
        repositoryService.deleteDeployment(administrators, true);
      }
      repositoryService.deleteDeployment(first, true);
    }
  }

  @Test
  void shouldReadAModelsSuffixAsTheEngineDoes() throws Exception {
    // the engine parses only lower-case suffixes: an upper-case one would be stored unparsed, unchecked
    String name = SecurityFixture.unique("suffix-deploys");
    ResponseEntity<String> refused = deploy("admin", TestDatabase.ADMIN_PASSWORD, name, "page.BPMN",
        "<html><body><script>alert(1)</script></body></html>");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(refused).get("message").asText()).contains("page.BPMN");
    assertThat(deployments(name)).isZero();
  }

  static HttpEntity<String> jsonBody(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json, headers);
  }
}
