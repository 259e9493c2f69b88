package vn.rollout.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/** {@code GET /api/committees/{code}/items}: the items and their colours, for the committee and those above it. */
class ItemsApiIT extends RolloutTest {

  @Autowired TestRestTemplate http;

  @Test
  void shouldListTheItemsWithTheirColourForTheCommitteeAndItsSuperiors() {
    String city = city();
    String ward = ward(city);
    ProcessInstance rollout = register(city);
    approveProgramme(rollout, city);
    runAsyncJobs(rollout);
    long resolution = resolutionId(rollout);

    ResponseEntity<List<Map<String, Object>>> answer = get("admin", TestDatabase.ADMIN_PASSWORD, city, resolution);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).singleElement().satisfies(item -> {
      assertThat(item).containsEntry("number", 1).containsEntry("status", "NOT_STARTED").containsEntry("colour", "grey")
          .containsEntry("statusLabel", "Chưa triển khai").containsEntry("dueDate", "2027-12-31")
          .containsEntry("lead", group(city, Organ.OFFICE));
      assertThat((String) item.get("content")).startsWith("Hoàn thành số hóa 100%");
    });

    String cityOfficial = member(group(city, Organ.INSPECTION), "ubkt");
    String wardOfficial = member(group(ward, Organ.OFFICE), "vp");
    assertThat(get(cityOfficial, PASSWORD, city, resolution).getBody()).hasSize(1);
    assertThat(get(cityOfficial, PASSWORD, ward, resolution).getBody()).as("a superior reads below; no programme yet").isEmpty();
    ResponseEntity<String> refused = http.withBasicAuth(wardOfficial, PASSWORD)
        .getForEntity("/api/committees/" + city + "/items?resolution=" + resolution, String.class);
    assertThat(refused.getStatusCode()).as("not above").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("Không có quyền thực hiện thao tác này.");
  }

  @Test
  void shouldAnswerBadRequestNamingTheField() {
    String city = city();
    ResponseEntity<Map<String, Object>> unknown = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .exchange("/api/committees/khong-co/items?resolution=1", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).containsEntry("field", "code");

    ResponseEntity<Map<String, Object>> noResolution = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .exchange("/api/committees/" + city + "/items?resolution=999999", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(noResolution.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noResolution.getBody()).containsEntry("field", "resolution");

    ResponseEntity<Map<String, Object>> malformed = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .exchange("/api/committees/" + city + "/items?resolution=abc", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).containsEntry("field", "resolution");
  }

  private ResponseEntity<List<Map<String, Object>>> get(String user, String password, String committee, long resolution) {
    return http.withBasicAuth(user, password).exchange("/api/committees/" + committee + "/items?resolution=" + resolution,
        HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
  }
}
