package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.EngineRest.DeploymentFile;
import vn.rollout.e2e.support.Identity;
import vn.rollout.e2e.support.Webapps;

/**
 * Path 4: a process owner changes a model in Camunda Modeler and deploys it with their own
 * credentials; Cockpit shows the new version while running instances stay on theirs; nobody else may
 * deploy. The model is a small one of this test's own ({@code src/e2e/resources/e2e/models/}).
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessOwnerE2E {

  static final String PROCESS_OWNERS = "process-owners";
  static final String PROCESS_KEY = "ModelerDeploymentCheck";
  static final String PROCESS_NAME = "Thử triển khai mô hình từ Camunda Modeler";
  static final String DEPLOYMENT_NAME = "modeler-deployment-check";
  static final String DIAGRAM = "ModelerDeploymentCheck.bpmn";
  static final String FORM = "modeler-deployment-check.form";
  static final String TASK = "name=\"Xác nhận mô hình\"";
  static final String CHANGED_TASK = "name=\"Xác nhận mô hình đã sửa\"";

  Credentials owner;
  Credentials official;

  /**
   * A process owner, in the group {@code process-owners} that the application creates at start-up
   * with the right to deploy, and an official who is not one.
   */
  @BeforeAll
  void processOwnerAndOfficial(EngineRest admin) {
    Identity identity = new Identity(admin);
    owner = identity.createUser("e2e-process-owner", "ChuQuyTrinh@2026", "Trần Thị", "Mai");
    identity.addMember(PROCESS_OWNERS, owner.id());
    official = identity.createUser("e2e-official", "CanBoPhuong@2026", "Lê Văn", "Hùng");
  }

  @Test
  void shouldShowTheChangedModelAsANewVersionInCockpitWhileRunningInstancesStayOnTheirs(Webapps webapps, EngineRest admin) {
    EngineRest modeler = admin.as(owner);
    String model = resource(DIAGRAM);
    DeploymentFile form = DeploymentFile.of(FORM, resource(FORM));

    // A new process key is the administrator's to bring (SECURITY.md): from the Modeler, with its form.
    JsonNode refused = modeler.deployFromModeler(DEPLOYMENT_NAME, DeploymentFile.of(DIAGRAM, model), form).expect(400).json();
    // (the engine deploys resource by resource: the refusal names the first new key it meets, the form's or the process's)
    assertThat(refused.get("message").asText()).containsAnyOf(PROCESS_KEY, FORM).contains("administrator");
    JsonNode first = admin.deployFromModeler(DEPLOYMENT_NAME, DeploymentFile.of(DIAGRAM, model), form).expect(200).json();
    JsonNode version1 = onlyDefinition(first);
    assertThat(version1.get("version").asInt()).isEqualTo(1);
    String running = admin.post("/process-definition/" + version1.get("id").asText() + "/start", Map.of("businessKey", "e2e-dang-chay"))
        .expect(200).json().get("id").asText();

    // The same files again, from the process owner, make no new version.
    JsonNode unchanged = modeler.deployFromModeler(DEPLOYMENT_NAME, DeploymentFile.of(DIAGRAM, model), form).expect(200).json();
    assertThat(unchanged.get("id").asText()).isEqualTo(first.get("id").asText());
    assertThat(unchanged.get("deployedProcessDefinitions").isNull()).isTrue();

    // The owner renames a task in the Modeler and deploys: version 2, theirs to deploy.
    String changed = model.replace(TASK, CHANGED_TASK);
    assertThat(changed).isNotEqualTo(model);
    JsonNode second = modeler.deployFromModeler(DEPLOYMENT_NAME, DeploymentFile.of(DIAGRAM, changed), form).expect(200).json();
    JsonNode version2 = onlyDefinition(second);
    assertThat(version2.get("version").asInt()).isEqualTo(2);
    assertThat(admin.get("/process-definition/key/" + PROCESS_KEY).expect(200).json().get("id").asText())
        .isEqualTo(version2.get("id").asText());
    assertThat(admin.get("/process-instance/" + running).expect(200).json().get("definitionId").asText())
        .isEqualTo(version1.get("id").asText());

    // Cockpit: the process opens on version 2, with no run of its own, and the one run on version 1.
    // (Its unpaged query for the definition's versions gets the first page: security/CockpitVersionQueryPaging.)
    webapps.logIn(Credentials.ADMIN);
    webapps.open("cockpit", "#/processes");
    Page page = webapps.page();
    Locator body = page.locator("body");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROCESS_NAME)).click();
    assertThat(body).containsText(Pattern.compile("Phiên bản định nghĩa:\\s*2\\s"), innerText());
    assertThat(body).containsText("phiên bản hiện tại: 0", innerText());
    assertThat(body).containsText("mọi phiên bản: 1", innerText());
    assertThat(page.locator("svg").getByText("sửa")).isVisible();
    webapps.screenshotForDocs("cockpit-version-2", "cockpit-new-version");

    webapps.open("cockpit", "#/process-definition/" + version1.get("id").asText() + "/runtime");
    assertThat(body).containsText(Pattern.compile("Phiên bản định nghĩa:\\s*1\\s"), innerText());
    assertThat(body).containsText("phiên bản hiện tại: 1", innerText());
    assertThat(body).containsText("e2e-dang-chay");
    webapps.screenshot("cockpit-version-1");

    // The deployments say where they came from.
    webapps.open("cockpit", "#/repository?deployment=" + second.get("id").asText());
    assertThat(body).containsText(Pattern.compile("Nguồn:\\s*Camunda Modeler"), innerText());
    assertThat(body).containsText(DIAGRAM);
    assertThat(body).containsText(FORM);
    webapps.screenshot("cockpit-deployments");
  }

  @Test
  void shouldRefuseADeploymentFromSomeoneWhoIsNotAProcessOwner(EngineRest admin) {
    int deployments = deploymentCount(admin);
    DeploymentFile diagram = DeploymentFile.of(DIAGRAM, resource(DIAGRAM).replace(TASK, "name=\"Việc của cán bộ\""));
    DeploymentFile form = DeploymentFile.of(FORM, resource(FORM));

    EngineRest.Response refused = admin.as(official).deployFromModeler(DEPLOYMENT_NAME, diagram, form);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(admin.anonymous().deployFromModeler(DEPLOYMENT_NAME, diagram, form).status()).isEqualTo(401);

    assertThat(deploymentCount(admin)).isEqualTo(deployments);
  }

  private static int deploymentCount(EngineRest admin) {
    return admin.get("/deployment/count").expect(200).json().get("count").asInt();
  }

  private static JsonNode onlyDefinition(JsonNode deployment) {
    JsonNode definitions = deployment.get("deployedProcessDefinitions");
    assertThat(definitions.size()).isEqualTo(1);
    return definitions.elements().next();
  }

  private static LocatorAssertions.ContainsTextOptions innerText() {
    return new LocatorAssertions.ContainsTextOptions().setUseInnerText(true);
  }

  static String resource(String name) {
    try (InputStream in = ProcessOwnerE2E.class.getResourceAsStream("/e2e/models/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
