package vn.rollout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.rollout.organisation.Organ;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * The status of a province with 3,300 communes under it, each executing a five-item programme: right
 * at that size. Its speed is measured in the benchmark harness, not here (the build machines are noisy).
 */
class ResolutionStatusScaleIT extends RolloutTest {

  static final int COMMUNES = 3_300;
  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate template;

  @Test
  void shouldAnswerForAProvinceWith3300CommunesInUnderHalfASecond() {
    StatusFixture fixture = new StatusFixture(jdbc, template);
    String province = organisation.committee("tinh", "Tỉnh ủy Thử nghiệm", "TU", null, Organ.values());
    List<String> communes = fixture.committees(province, "xa", "Đảng ủy xã", "ĐU", COMMUNES);
    long resolution = fixture.resolution(province, "TU");
    fixture.executing(resolution, communes, 5, LocalDate.of(2029, 12, 31));
    if (TestDatabase.isPostgres()) {
      // what autovacuum does within a minute of a bulk change in production: the planner's statistics
      jdbc.sql("ANALYZE").update();
    }
    clockAt(LocalDateTime.of(2028, 5, 2, 9, 0));
    String url = "/api/resolutions/" + resolution + "/status?committee=" + province + "&depth=1";

    for (int i = 0; i < 3; i++) {
      assertThat(get(url).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    Map<String, Object> status = get(url).getBody();

    assertThat(ResolutionStatusIT.codes(status)).hasSize(COMMUNES + 1);
    assertThat(status.get("cascade")).isEqualTo(Map.of("started", COMMUNES, "total", COMMUNES + 1, "percent", 100));
    assertThat(ResolutionStatusIT.colours(ResolutionStatusIT.committee(status, communes.get(0))))
        .containsExactly(1, 1, 1, 1, 1);
  }

  private ResponseEntity<Map<String, Object>> get(String url) {
    return http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).exchange(url, HttpMethod.GET, null, JSON);
  }
}
