package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/**
 * The real cascade grants what {@link InstanceAccess} promises: a city's resolution rolled out to two
 * wards; the city's secretariat sees the three rollouts, each ward's office only its own.
 */
class RolloutVisibilityIT extends RolloutTest {

  @Autowired TestRestTemplate http;
  @Autowired AuthorizationService authorizationService;

  @Test
  void shouldShowEachRolloutToItsCommitteesOfficeAndTheOfficesAbove() throws Exception {
    String city = city();
    String wardA = ward(city);
    String wardB = ward(city);
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    for (String committee : new String[] {city, wardA, wardB}) {
      fixture.group(group(committee, Organ.OFFICE), "Văn phòng " + committee);
    }
    String citySecretariat = fixture.user("van-phong-tp", group(city, Organ.OFFICE), SecurityGroups.SECRETARIAT);
    String officeOfA = fixture.user("van-phong-a", group(wardA, Organ.OFFICE), SecurityGroups.SECRETARIAT);

    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    long resolution = resolutionId(cityRollout);

    assertThat(rolloutsSeenBy(citySecretariat, resolution)).containsExactlyInAnyOrder(
        resolution + "/" + city, resolution + "/" + wardA, resolution + "/" + wardB);
    assertThat(rolloutsSeenBy(officeOfA, resolution)).containsExactly(resolution + "/" + wardA);
  }

  Set<String> rolloutsSeenBy(String user, long resolution) throws Exception {
    String answer = http.withBasicAuth(user, SecurityFixture.PASSWORD).getForObject(
        "/engine-rest/process-instance?processDefinitionKey={key}&businessKeyLike={like}&firstResult=0&maxResults=50",
        String.class, ResolutionRolloutProcess.KEY, resolution + "/%");
    Set<String> keys = new HashSet<>();
    new ObjectMapper().readTree(answer).forEach(instance -> keys.add(instance.get("businessKey").asText()));
    return keys;
  }
}
