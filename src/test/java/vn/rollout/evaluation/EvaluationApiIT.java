package vn.rollout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess.FormFields;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/** {@code GET /api/committees/{code}/evaluation}: the organisation board's figures, against known data. */
class EvaluationApiIT extends RolloutTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @Test
  void shouldComputeTheFiguresForTheOrganisationBoardOfTheCommitteeOrAboveAndNobodyElse() {
    String city = city();
    String ward = ward(city);
    String otherProvince = city();
    ProcessInstance rollout = register(city);
    completeStudy(rollout);
    String office = group(city, Organ.OFFICE);
    submitDraft(rollout,
        item("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", office, "2027-12-31",
            "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa"),
        item("Tổ chức 12 hội nghị chuyên đề về chuyển đổi số cho cán bộ chủ chốt", office, "2026-12-31",
            "12 hội nghị được tổ chức"),
        item("Xây dựng 01 cổng thông tin điện tử của Thành ủy", office, "2027-06-30", "Cổng thông tin điện tử đi vào hoạt động"),
        item("Đào tạo 500 cán bộ về kỹ năng số", office, "2028-12-31", "500 cán bộ được cấp chứng chỉ"));
    decide(rollout, FormFields.DECISION_APPROVE, null);
    long resolution = resolutionId(rollout);
    setItem(city, resolution, 0, "DONE_ON_TIME", "Đã số hóa 100% hồ sơ");
    setItem(city, resolution, 1, "DONE_LATE", "Đã tổ chức 12 hội nghị");
    setItem(city, resolution, 2, "OVERDUE", null);
    setItem(city, resolution, 3, "IN_PROGRESS", null);
    jdbc.sql("""
            INSERT INTO review_report (rollout_id, kind, submitted_at, on_time)
            SELECT id, 'MID_TERM', :at, FALSE FROM rollout WHERE resolution_id = :r AND committee_code = :c""")
        .param("at", Timestamp.valueOf(LocalDateTime.of(2028, 4, 25, 9, 0))).param("r", resolution).param("c", city).update();
    clockAt(LocalDateTime.of(2028, 5, 1, 9, 0));

    String board = member(group(city, Organ.ORGANISATION), "tc");
    ResponseEntity<Map<String, Object>> answer = get(board, city, String.valueOf(resolution));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody())
        .containsEntry("committee", city).containsEntry("items", 4)
        .containsEntry("itemsDoneOnTime", 1).containsEntry("itemsDoneLate", 1).containsEntry("itemsOverdue", 1)
        .containsEntry("itemsOnTimePercent", 33.3)
        .containsEntry("outputsDelivered", 2).containsEntry("outputsDeliveredPercent", 50.0)
        .containsEntry("midTermReport", "LATE").containsEntry("finalReport", "NOT_DUE")
        .containsEntry("reportsOnTimePercent", 0.0);
    assertThat(get("admin", TestDatabase.ADMIN_PASSWORD, ward, String.valueOf(resolution)).getBody())
        .as("a ward with no programme yet").containsEntry("items", 0).containsEntry("itemsOnTimePercent", null)
        .containsEntry("midTermReport", "MISSING");
    assertThat(get(board, ward, String.valueOf(resolution)).getStatusCode()).as("the board reads below").isEqualTo(HttpStatus.OK);

    String otherBoard = member(group(otherProvince, Organ.ORGANISATION), "tc");
    assertThat(get(otherBoard, city, String.valueOf(resolution)).getStatusCode()).as("another province")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(member(office, "vp"), city, String.valueOf(resolution)).getStatusCode()).as("not the organisation board")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(member(group(ward, Organ.ORGANISATION), "tc"), city, String.valueOf(resolution)).getStatusCode())
        .as("not above").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldAnswer404ForAnUnknownCommitteeAnd400NamingABadParameter() {
    String city = city();
    ResponseEntity<Map<String, Object>> unknown = get("admin", TestDatabase.ADMIN_PASSWORD, "khong-co", "1");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("field", "code");
    for (String resolution : new String[] {"abc", "999999"}) {
      ResponseEntity<Map<String, Object>> bad = get("admin", TestDatabase.ADMIN_PASSWORD, city, resolution);
      assertThat(bad.getStatusCode()).as(resolution).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody()).containsEntry("field", "resolution");
    }
    ResponseEntity<Map<String, Object>> missing = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .exchange("/api/committees/" + city + "/evaluation", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).containsEntry("field", "resolution");
  }

  private void setItem(String committee, long resolution, int seq, String status, String output) {
    jdbc.sql("""
            UPDATE programme_item SET status = :status, output_achieved = :output
             WHERE seq = :seq AND programme_id = (SELECT id FROM programme WHERE resolution_id = :r AND committee_code = :c)""")
        .param("status", status).param("output", output).param("seq", seq).param("r", resolution).param("c", committee)
        .update();
  }

  private ResponseEntity<Map<String, Object>> get(String user, String committee, String resolution) {
    return get(user, PASSWORD, committee, resolution);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String password, String committee, String resolution) {
    return http.withBasicAuth(user, password).exchange("/api/committees/" + committee + "/evaluation?resolution=" + resolution,
        HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
  }
}
