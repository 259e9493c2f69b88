package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Tasklist;
import vn.rollout.e2e.support.Webapps;

/**
 * The one process on main today, "Kiểm tra kết nối hệ thống", done in Tasklist as an official will
 * do theirs: choose the filter, open the task, claim it, fill its Camunda Form, complete it.
 */
@EndToEndTest
class WiringCheckE2E {

  static final String FILTER = "Việc của nhóm quản trị";
  static final String TASK = "Xác nhận hệ thống hoạt động";

  @Test
  void shouldLetTheAdministratorConfirmTheWiringCheckInTasklist(Webapps webapps, EngineRest admin) {
    // The product creates no Tasklist filter yet: the administrator makes one for their group.
    if (admin.list("/filter?name=" + EngineRest.encode(FILTER)).expect(200).json().isEmpty()) {
      admin.post("/filter/create", Map.of(
              "resourceType", "Task",
              "name", FILTER,
              "owner", Credentials.ADMIN.id(),
              // the group's tasks, also once someone has claimed them
              "query", Map.of("candidateGroup", "camunda-admin", "includeAssignedTasks", true),
              "properties", Map.of("description", "Việc giao cho nhóm quản trị hệ thống", "priority", 0)))
          .expect(200);
    }
    String instance = admin.post("/process-definition/key/WiringCheck/start", Map.of("businessKey", "kiem-tra-e2e"))
        .expect(200).json().get("id").asText();

    webapps.logIn(Credentials.ADMIN);
    Tasklist tasklist = webapps.openTasklist().filter(FILTER).open(TASK);
    assertThat(tasklist.details()).containsText("Kiểm tra kết nối hệ thống");
    assertThat(tasklist.completeButton()).isDisabled();
    webapps.screenshot("task-opened");

    tasklist.claim();
    tasklist.details().getByLabel("Hệ thống hoạt động bình thường").check();
    assertThat(tasklist.tasks(TASK)).hasCount(1);
    webapps.screenshot("task-filled");
    tasklist.complete();

    assertThat(tasklist.tasks(TASK)).hasCount(0);
    webapps.screenshot("task-completed");
    JsonNode history = admin.get("/history/process-instance/" + instance).expect(200).json();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    JsonNode confirmed = admin.list("/history/variable-instance?processInstanceId=" + instance + "&variableName=confirmed")
        .expect(200).json();
    assertThat(confirmed.get(0).get("value").asBoolean()).isTrue();
  }
}
