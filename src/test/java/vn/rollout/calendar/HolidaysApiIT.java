package vn.rollout.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.resolution.RegisterResolution;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * {@code /api/holidays}: a year's public holidays and days in lieu for anyone signed in; the days the
 * Government announces, added and removed by an administrator, and followed by the deadlines computed
 * after them (a resolution's level dates).
 */
class HolidaysApiIT extends RolloutTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired AnnouncedDays announcedDays;

  @AfterEach
  void forgetTheAnnouncedDays() {
    List.of("2026-02-13", "2026-02-07", "2027-01-04").forEach(day -> announcedDays.remove(LocalDate.parse(day)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldListAYearsHolidaysAndDaysInLieuForAnyoneSignedIn() {
    String official = member(group(city(), Organ.OFFICE), "vp");

    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(official, PASSWORD)
        .exchange("/api/holidays?year=2026", HttpMethod.GET, null, JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("year", 2026);
    List<Map<String, Object>> days = (List<Map<String, Object>>) answer.getBody().get("days");
    assertThat(days).extracting(day -> day.get("date"), day -> day.get("kind"))
        .contains(tuple("2026-02-17", "PUBLIC_HOLIDAY"), tuple("2026-04-26", "PUBLIC_HOLIDAY"),
            tuple("2026-04-27", "COMPENSATORY"), tuple("2026-09-02", "PUBLIC_HOLIDAY"));
    assertThat(days).filteredOn(day -> day.get("date").equals("2026-04-26")).singleElement()
        .satisfies(day -> assertThat(day).containsEntry("name", "Giỗ Tổ Hùng Vương (10/3 âm lịch)")
            .containsEntry("kindLabel", "Nghỉ lễ, tết theo Bộ luật Lao động").containsEntry("workingDay", false));
    assertThat(http.exchange("/api/holidays?year=2026", HttpMethod.GET, null, String.class).getStatusCode())
        .as("not signed in").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldLetAnAdministratorAnnounceDaysThatDeadlinesComputedAfterwardsFollow() {
    String city = city();
    ResponseEntity<Map<String, Object>> dayOff = admin(HttpMethod.POST, "/api/holidays",
        body("2026-02-13", "Nghỉ bù trước Tết Nguyên đán (làm bù thứ Bảy 07/02/2026)", null));
    ResponseEntity<Map<String, Object>> dayWorked = admin(HttpMethod.POST, "/api/holidays",
        body("2026-02-07", "Làm bù cho ngày 13/02/2026", "WORKING_DAY"));

    assertThat(dayOff.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(dayOff.getBody()).containsEntry("date", "2026-02-13").containsEntry("kind", "DAY_OFF")
        .containsEntry("kindLabel", "Ngày nghỉ do Chính phủ công bố");
    assertThat(dayWorked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<Map<String, Object>>) admin(HttpMethod.GET, "/api/holidays?year=2026", null).getBody().get("days"))
        .extracting(day -> day.get("date"), day -> day.get("workingDay"))
        .contains(tuple("2026-02-07", true), tuple("2026-02-13", false));

    // a resolution whose wards study by Saturday 7 February, a day worked now, and issue their programmes
    // by Friday 13 February, a day off now, then Tết: by Monday 23 February
    long id = registration.register(new RegisterResolution("01-NQ/TU", "Nghị quyết về chuyển đổi số", city,
        TERM_FROM, TERM_TO, LocalDate.of(2026, 2, 7), LocalDate.of(2026, 2, 13), null, null, FINAL_REPORT_CUTOFF, null, "P0D"),
        null).id();
    Map<String, Object> wards = ((List<Map<String, Object>>) admin(HttpMethod.GET, "/api/resolutions/" + id, null).getBody()
        .get("levels")).get(1);
    assertThat((Map<String, Object>) wards.get("deadlines")).containsEntry("studyDue", "2026-02-07")
        .containsEntry("programmeDue", "2026-02-23");

    assertThat(admin(HttpMethod.DELETE, "/api/holidays/2026-02-13", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(admin(HttpMethod.DELETE, "/api/holidays/2026-02-07", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((List<Map<String, Object>>) admin(HttpMethod.GET, "/api/holidays?year=2026", null).getBody().get("days"))
        .extracting(day -> day.get("date")).doesNotContain("2026-02-07", "2026-02-13");
    ResponseEntity<Map<String, Object>> again = admin(HttpMethod.DELETE, "/api/holidays/2026-02-13", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(again.getBody()).containsEntry("field", "date");
    ResponseEntity<Map<String, Object>> computed = admin(HttpMethod.DELETE, "/api/holidays/2026-04-30", null);
    assertThat(computed.getStatusCode()).as("a public holiday is computed, not removed").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(computed.getBody().get("message").toString()).contains("Ngày Chiến thắng").contains("WORKING_DAY");
  }

  @Test
  void shouldLeaveChangesToAdministrators() {
    String official = member(group(city(), Organ.OFFICE), "vp");

    ResponseEntity<Map<String, Object>> added = http.withBasicAuth(official, PASSWORD).exchange("/api/holidays",
        HttpMethod.POST, new HttpEntity<>(body("2027-01-04", "Nghỉ bù Tết Dương lịch", null)), JSON);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(announcedDays.find(LocalDate.of(2027, 1, 4))).as("nothing stored").isEmpty();

    admin(HttpMethod.POST, "/api/holidays", body("2027-01-04", "Nghỉ bù Tết Dương lịch", null));
    assertThat(http.withBasicAuth(official, PASSWORD).exchange("/api/holidays/2027-01-04", HttpMethod.DELETE, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(announcedDays.find(LocalDate.of(2027, 1, 4))).as("still there").isPresent();
  }

  @Test
  void shouldAnswerBadRequestNamingTheField() {
    assertBadRequest(admin(HttpMethod.GET, "/api/holidays", null), "year");
    assertBadRequest(admin(HttpMethod.GET, "/api/holidays?year=1800", null), "year");
    assertBadRequest(admin(HttpMethod.GET, "/api/holidays?year=hai-nghin", null), "year");
    assertBadRequest(admin(HttpMethod.POST, "/api/holidays", body(null, "Nghỉ bù", null)), "date");
    assertBadRequest(admin(HttpMethod.POST, "/api/holidays", body("2026-02-30", "Nghỉ bù", null)), "date");
    assertBadRequest(admin(HttpMethod.POST, "/api/holidays", body("2026-02-13", " ", null)), "name");
    assertBadRequest(admin(HttpMethod.POST, "/api/holidays", body("2026-02-13", "<b>Nghỉ</b>", null)), "name");
    assertBadRequest(admin(HttpMethod.POST, "/api/holidays", body("2026-02-13", "Nghỉ bù", "HOLIDAY")), "kind");
    ResponseEntity<Map<String, Object>> holiday = admin(HttpMethod.POST, "/api/holidays", body("2026-04-30", "Nghỉ", null));
    assertBadRequest(holiday, "date");
    assertThat(holiday.getBody().get("message")).isEqualTo("Ngày 30/04/2026 đã là ngày nghỉ (Ngày Chiến thắng).");
    assertBadRequest(admin(HttpMethod.POST, "/api/holidays", body("2026-02-13", "Làm bù", "WORKING_DAY")), "date");
    assertBadRequest(admin(HttpMethod.DELETE, "/api/holidays/13-02-2026", null), "date");
    assertThat(announcedDays.find(LocalDate.of(2026, 2, 13))).as("nothing stored").isEmpty();

    admin(HttpMethod.POST, "/api/holidays", body("2026-02-13", "Nghỉ bù", null));
    ResponseEntity<Map<String, Object>> twice = admin(HttpMethod.POST, "/api/holidays", body("2026-02-13", "Nghỉ bù", null));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody()).containsEntry("field", "date");
  }

  private static void assertBadRequest(ResponseEntity<Map<String, Object>> answer, String field) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
  }

  private ResponseEntity<Map<String, Object>> admin(HttpMethod method, String path, Object body) {
    return http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).exchange(path, method,
        body == null ? null : new HttpEntity<>(body), JSON);
  }

  private static Map<String, Object> body(String date, String name, String kind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", date);
    body.put("name", name);
    body.put("kind", kind);
    return body;
  }
}
