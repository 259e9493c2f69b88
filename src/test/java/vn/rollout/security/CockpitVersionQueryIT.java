package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/** Cockpit's unpaged query for a definition's versions gets the first page of the limit; other unpaged queries stay refused. */
class CockpitVersionQueryIT extends IntegrationTest {

  static final String ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;

  @Test
  void shouldAnswerCockpitsVersionQueryWithTheFirstPageAndStillRefuseOtherUnpagedQueries() {
    WebappSession cockpit = new WebappSession(port);
    assertThat(cockpit.login("cockpit", "admin", TestDatabase.ADMIN_PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> versions = cockpit.get(ENGINE + "/process-definition?key=" + ResolutionRolloutProcess.KEY
        + "&sortBy=version&sortOrder=desc");
    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    assertThat(versions.body()).startsWith("[").contains("\"key\":\"" + ResolutionRolloutProcess.KEY + "\"");

    HttpResponse<String> everything = cockpit.get(ENGINE + "/process-definition?sortBy=version&sortOrder=desc");
    assertThat(everything.statusCode()).as("not one key's versions").isEqualTo(400);
    HttpResponse<String> instances = cockpit.get(ENGINE + "/process-instance?processDefinitionKey=" + ResolutionRolloutProcess.KEY);
    assertThat(instances.statusCode()).isEqualTo(400);
  }
}
