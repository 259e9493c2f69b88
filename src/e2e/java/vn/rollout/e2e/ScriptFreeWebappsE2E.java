package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.EngineRest.DeploymentFile;
import vn.rollout.e2e.support.Identity;
import vn.rollout.e2e.support.Tasklist;
import vn.rollout.e2e.support.Webapps;

/**
 * Issue 19: a process owner tried to make themselves administrator with a script stored in a
 * deployment, an embedded form hidden behind a picture's signature and opened by a task a timer starts.
 * Here the attack is sent as the owner, and as an administrator would send it: both refused. Then what
 * a deployment and a variable may still carry reaches the administrator's browser (a Camunda Form whose
 * text holds the same script, a task name and variables holding it too); the administrator opens the
 * task in Tasklist and the instance in Cockpit, and nothing runs: no flag set on the page, no request to
 * the groups' API, the owner still not an administrator. Camunda's Content-Security-Policy (a nonce per
 * response, {@code 'strict-dynamic'}) is on every page.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptFreeWebappsE2E {

  static final String PROCESS_KEY = "ScriptFreeProbe";
  static final String TASK_NAME = "Xem báo cáo <img src=x onerror=\"window.__owned=1\">";

  Credentials owner;

  @BeforeAll
  void aProcessOwner(EngineRest admin) {
    Identity identity = new Identity(admin);
    owner = identity.createUser("e2e-script-owner", "ChuQuyTrinh@2027", "Phạm Văn", "Thử");
    identity.addMember("process-owners", owner.id());
  }

  /** What the attacker's script does: add the owner to the administrators, and say so on the page. */
  String script() {
    return "window.__owned=1;fetch('/camunda/api/engine/engine/default/group/camunda-admin/members/" + owner.id()
        + "',{method:'PUT'})";
  }

  @Test
  void shouldRunNoScriptThatCameFromADeploymentOrAVariable(Webapps webapps, EngineRest admin) {
    // 1. the attack, as the process owner sends it and as an administrator would: refused, nothing deployed
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] html = ("<form role=\"form\"><script cam-script type=\"text/form-script\">" + script() + "</script></form>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] picture = new byte[signature.length + html.length];
    System.arraycopy(signature, 0, picture, 0, signature.length);
    System.arraycopy(html, 0, picture, signature.length, html.length);
    String attack = model("ScriptAttack", """
        <bpmn:startEvent id="StartEvent_Nightly"><bpmn:outgoing>Flow_1</bpmn:outgoing>
          <bpmn:timerEventDefinition id="Timer_Nightly"><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
        </bpmn:startEvent>
        <bpmn:userTask id="Task_Open" name="Xem báo cáo" camunda:candidateGroups="camunda-admin"
            camunda:formKey="embedded:deployment:diagram.png"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:userTask>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Nightly" targetRef="Task_Open" />
        """);
    for (EngineRest sender : List.of(admin.as(owner), admin)) {
      EngineRest.Response refused = sender.deployFromModeler("e2e-script-attack", DeploymentFile.of("attack.bpmn", attack),
          new DeploymentFile("diagram.png", picture));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    }
    assertThat(admin.get("/process-definition/count?key=ScriptAttack").expect(200).json().get("count").asInt()).isZero();

    // 2. what may be deployed and stored still carries the script: a Camunda Form's text, a task name, variables
    String payload = "<script>" + script() + "</script><img src=x onerror=\"" + script() + "\">"
        + "[bấm vào đây](javascript:" + script() + ")";
    String form = """
        {"id": "script-free-probe", "type": "default", "schemaVersion": 16, "components": [
          {"id": "Text_Payload", "type": "text", "text": %s},
          {"id": "Field_Note", "type": "textfield", "key": "note", "label": %s}]}
        """.formatted(jsonString(payload), jsonString("Ghi chú <img src=x onerror=\"" + script() + "\">"));
    String probe = model(PROCESS_KEY, """
        <bpmn:startEvent id="StartEvent_Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Task_Read" name="%s" camunda:candidateGroups="camunda-admin"
            camunda:formRef="script-free-probe" camunda:formRefBinding="deployment"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:userTask>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Read" />
        """.formatted(TASK_NAME.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")));
    JsonNode deployment = admin.deployFromModeler("e2e-script-free", DeploymentFile.of("script-free.bpmn", probe),
        DeploymentFile.of("script-free-probe.form", form)).expect(200).json();
    String definition = deployment.get("deployedProcessDefinitions").elements().next().get("id").asText();
    String instance = admin.post("/process-definition/" + definition + "/start", Map.of(
        "businessKey", "e2e-script-free",
        "variables", Map.of(
            "note", Map.of("value", payload, "type", "String"),
            "figures", Map.of("value", "{\"html\": " + jsonString(payload) + "}", "type", "Json"))))
        .expect(200).json().get("id").asText();

    try {
      // 3. the administrator opens it all, and every request of the page is watched
      Page page = webapps.page();
      List<String> requests = new CopyOnWriteArrayList<>();
      page.onRequest(request -> requests.add(request.method() + " " + request.url()));
      webapps.logIn(Credentials.ADMIN);

      Tasklist tasklist = webapps.openTasklist();
      tasklist.open(TASK_NAME);
      assertThat(tasklist.details()).containsText("bấm vào đây");
      webapps.screenshot("script-free-task");
      webapps.open("cockpit", "#/process-instance/" + instance + "/runtime?tab=variables-tab");
      assertThat(page.locator("body")).containsText("figures");
      webapps.screenshot("script-free-variables");
      webapps.openAdmin();

      assertThat(page.evaluate("() => window.__owned === undefined")).isEqualTo(true);
      assertThat(requests).noneMatch(request -> request.contains("/members/") || request.contains("javascript:"));
      assertThat(page.url()).doesNotStartWith("javascript:");
      List<String> groups = admin.list("/group?member=" + owner.id()).expect(200).json().findValuesAsText("id");
      assertThat(groups).doesNotContain("camunda-admin");
    } finally {
      admin.delete("/deployment/" + deployment.get("id").asText() + "?cascade=true");
    }
  }

  static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String model(String key, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://rollout.vn/bpmn">
          <bpmn:process id="%1$s" name="Quy trình thử không chạy mã" isExecutable="true" camunda:historyTimeToLive="P1D">
            %2$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, body);
  }
}
