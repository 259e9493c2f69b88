package vn.rollout.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/** {@code POST /api/resolutions}: the issuing committee's office registers; bad input changes nothing. */
class ResolutionApiIT extends RolloutTest {

  static final String PASSWORD = "Van-phong@2026";
  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired Deadlines deadlines;

  String city;
  String officeUser;

  @BeforeEach
  void cityWithItsOffice() {
    city = city();
    officeUser = member(group(city, Organ.OFFICE));
  }

  @Test
  void shouldRegisterTheResolutionAndStartTheIssuingCommitteesRollout() {
    Map<String, Object> request = request("05-NQ/TU");
    request.remove("midTermReportCutoff");
    request.remove("midTermConferenceBy");

    ResponseEntity<Map<String, Object>> answer = post(officeUser, request);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) answer.getBody().get("id")).longValue();
    assertThat(answer.getBody()).containsEntry("businessKey", id + "/" + city).containsEntry("symbol", "05-NQ/TU");
    ProcessInstance rollout = rollout(id + "/" + city);
    assertThat(rollout.getId()).isEqualTo(answer.getBody().get("processInstanceId"));
    // defaults: 20 April and 10 June of the term's middle year, ten days a level
    assertThat(jdbc.sql("SELECT mid_term_report_cutoff FROM resolution WHERE id = :id").param("id", id)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2028, 4, 20));
    assertThat(jdbc.sql("SELECT mid_term_conference_by FROM resolution WHERE id = :id").param("id", id)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2028, 6, 10));
    assertThat(jdbc.sql("SELECT level_offset FROM resolution WHERE id = :id").param("id", id)
        .query(String.class).single()).isEqualTo("P10D");
    // the issuing committee's own dates come ten days after its subordinates': 20 April + 10 is Sunday
    // 30 April, a holiday, then 1 May, then the day in lieu of 30 April: Wednesday 3 May
    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY).variables()
        .containsEntry(ResolutionRolloutProcess.Variables.LEVEL, 0)
        .as("the level's deadlines are read from the resolution, not copied into the rollout (issue 28)")
        .doesNotContainKeys(ResolutionRolloutProcess.Variables.STUDY_DUE,
            ResolutionRolloutProcess.Variables.MID_TERM_REPORT_CUTOFF, ResolutionRolloutProcess.Variables.MID_TERM_CONFERENCE_BY)
        .as("default: rollout.inspection-cycle")
        .containsEntry(ResolutionRolloutProcess.Variables.INSPECTION_CYCLE, "R/P6M");
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY).getDueDate())
        .isEqualTo(Deadlines.endOfDay(STUDY_DUE.plusDays(10)));
    assertThat(deadlines.ofLevel(id, 0, ResolutionRolloutProcess.Variables.MID_TERM_REPORT_CUTOFF))
        .isEqualTo(Deadlines.endOfDay(LocalDate.of(2028, 5, 3)));
    assertThat(deadlines.ofLevel(id, 0, ResolutionRolloutProcess.Variables.MID_TERM_CONFERENCE_BY))
        .isEqualTo(Deadlines.endOfDay(LocalDate.of(2028, 6, 20)));
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).hasCandidateGroup(group(city, Organ.PROPAGANDA));
    assertThat(inspectionCycle(id)).isEqualTo("R/P6M");
  }

  @Test
  void shouldTakeTheResolutionsOwnInspectionCycleForItsRollouts() {
    Map<String, Object> request = request("13-NQ/TU");
    request.put("inspectionCycle", "R/P3M");

    ResponseEntity<Map<String, Object>> answer = post(officeUser, request);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) answer.getBody().get("id")).longValue();
    assertThat(inspectionCycle(id)).isEqualTo("R/P3M");
    assertThat(runtimeService.getVariable(rollout(id + "/" + city).getId(), ResolutionRolloutProcess.Variables.INSPECTION_CYCLE))
        .isEqualTo("R/P3M");
  }

  @Test
  void shouldRefuseAnInspectionCycleThatIsNotARepeatingInterval() {
    long before = resolutions();
    for (String wrong : new String[] {"P6M", "R/6M", "R/P0M", "R3/P6M", "R/PT12H", "6 tháng"}) {
      Map<String, Object> request = request("14-NQ/TU");
      request.put("inspectionCycle", wrong);

      assertBadRequest(post(officeUser, request), "inspectionCycle", "Chu kỳ kiểm tra, giám sát định kỳ \"" + wrong
          + "\" không đúng dạng khoảng lặp lại ISO 8601, ví dụ R/P6M (6 tháng một lần) hoặc R/P3M (3 tháng một lần).");
    }
    assertThat(resolutions()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void shouldChangeTheInspectionCycleOfEveryRunningRolloutForTheIssuingOfficeOnly() {
    long id = ((Number) post(officeUser, request("15-NQ/TU")).getBody().get("id")).longValue();
    String rollout = rollout(id + "/" + city).getId();

    ResponseEntity<Map<String, Object>> changed = put(officeUser, id, Map.of("inspectionCycle", "R/P3M"));

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).containsEntry("inspectionCycle", "R/P3M");
    assertThat(inspectionCycle(id)).isEqualTo("R/P3M");
    assertThat(runtimeService.getVariable(rollout, ResolutionRolloutProcess.Variables.INSPECTION_CYCLE)).isEqualTo("R/P3M");

    ResponseEntity<Map<String, Object>> wrong = put(officeUser, id, Map.of("inspectionCycle", "hằng quý"));
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).containsEntry("field", "inspectionCycle");
    ResponseEntity<Map<String, Object>> missing = put(officeUser, id, Map.of());
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).containsEntry("field", "inspectionCycle")
        .containsEntry("message", "Chưa nhập chu kỳ kiểm tra, giám sát định kỳ.");
    assertThat(put(member(group(city(), Organ.OFFICE)), id, Map.of("inspectionCycle", "R/P1M")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put(officeUser, 0, Map.of("inspectionCycle", "R/P1M")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(inspectionCycle(id)).as("unchanged by the refusals").isEqualTo("R/P3M");
    assertThat(runtimeService.getVariable(rollout, ResolutionRolloutProcess.Variables.INSPECTION_CYCLE)).isEqualTo("R/P3M");

    ResponseEntity<Map<String, Object>> byAdmin = http.withBasicAuth("admin", "TrienKhai@2026").exchange(
        "/api/resolutions/" + id + "/inspection-cycle", HttpMethod.PATCH,
        new HttpEntity<>(Map.of("inspectionCycle", "R/P1Y")), JSON);
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(inspectionCycle(id)).isEqualTo("R/P1Y");
  }

  @Test
  void shouldLetAnAdministratorRegister() {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("admin", "TrienKhai@2026")
        .exchange("/api/resolutions", HttpMethod.POST, new HttpEntity<>(request("06-NQ/TU")), JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void shouldRefuseAnUnknownCommittee() {
    Map<String, Object> request = request("07-NQ/TU");
    request.put("issuingCommittee", "khong-co");

    // to an administrator; anyone else is not the office of a committee that does not exist (403, below)
    assertBadRequest(http.withBasicAuth("admin", "TrienKhai@2026").exchange("/api/resolutions", HttpMethod.POST,
        new HttpEntity<>(request), JSON), "issuingCommittee", "Không có cấp ủy mã \"khong-co\" trong danh mục tổ chức.");
    assertThat(post(officeUser, request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldRefuseAMalformedSymbolOrAnotherIssuersSymbol() {
    assertBadRequest(post(officeUser, request("NQ-07/TU")), "symbol",
        "Số, ký hiệu nghị quyết phải có dạng <số>-NQ/<ký hiệu cấp ủy ban hành>, ví dụ 05-NQ/TU.");
    assertBadRequest(post(officeUser, request("07-NQ/HU")), "symbol",
        "Ký hiệu sau \"NQ/\" phải là ký hiệu của Thành ủy Đà Nẵng: 07-NQ/TU.");
  }

  @Test
  void shouldRefuseDatesOutOfOrder() {
    Map<String, Object> request = request("08-NQ/TU");
    request.put("programmeDue", "2026-01-15");

    assertBadRequest(post(officeUser, request), "programmeDue",
        "Hạn ban hành chương trình hành động (15/01/2026) không được trước hạn hoàn thành học tập, quán triệt (31/01/2026).");
  }

  @Test
  void shouldRefuseATermThatEndsBeforeItBegins() {
    Map<String, Object> request = request("08-NQ/TU");
    request.put("termTo", "2025-09-30");

    assertBadRequest(post(officeUser, request), "termTo", "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu nhiệm kỳ.");
  }

  @Test
  void shouldRefuseADeadlineOutsideTheTerm() {
    Map<String, Object> request = request("09-NQ/TU");
    request.put("finalReportCutoff", "2030-10-15");

    assertBadRequest(post(officeUser, request), "finalReportCutoff",
        "Hạn gửi báo cáo tổng kết nhiệm kỳ (15/10/2030) nằm ngoài nhiệm kỳ (01/10/2025 – 30/09/2030).");
  }

  @Test
  void shouldRefuseAMissingOrMalformedDate() {
    Map<String, Object> missing = request("10-NQ/TU");
    missing.remove("studyDue");
    assertBadRequest(post(officeUser, missing), "studyDue", "Chưa nhập hạn hoàn thành học tập, quán triệt.");

    Map<String, Object> malformed = request("10-NQ/TU");
    malformed.put("studyDue", "2026-02-30");
    ResponseEntity<Map<String, Object>> answer = post(officeUser, malformed);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "studyDue");
  }

  @Test
  void shouldRefuseTheSameSymbolTwiceForOneCommittee() {
    assertThat(post(officeUser, request("11-NQ/TU")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long before = resolutions();

    ResponseEntity<Map<String, Object>> again = post(officeUser, request("11-NQ/TU"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("field", "symbol")
        .containsEntry("message", "Cấp ủy đã đăng ký nghị quyết số 11-NQ/TU; mỗi số, ký hiệu chỉ đăng ký một lần.");
    assertThat(resolutions()).isEqualTo(before);
  }

  @Test
  void shouldRefuseARegistrationByAnotherCommitteesOffice() {
    String otherOffice = member(group(city(), Organ.OFFICE));
    long before = resolutions();

    ResponseEntity<Map<String, Object>> answer = post(otherOffice, request("12-NQ/TU"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(resolutions()).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowEveryDeadlineOfEveryLevelAsIsoDates() {
    String ward = ward(city);
    String cell = cell(ward);
    long id = ((Number) post(officeUser, request("16-NQ/TU")).getBody().get("id")).longValue();

    ResponseEntity<Map<String, Object>> answer = get(officeUser, "/api/resolutions/" + id);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("id", (int) id).containsEntry("symbol", "16-NQ/TU")
        .containsEntry("issuingCommittee", city).containsEntry("issuingCommitteeName", "Thành ủy Đà Nẵng")
        .containsEntry("levelOffset", "P10D").containsEntry("inspectionCycle", "R/P6M")
        .containsEntry("term", Map.of("from", "2025-10-01", "to", "2030-09-30"));
    assertThat((Map<String, Object>) answer.getBody().get("deadlineLabels"))
        .containsEntry("midTermReportCutoff", "Hạn gửi báo cáo sơ kết giữa nhiệm kỳ");
    List<Map<String, Object>> levels = (List<Map<String, Object>>) answer.getBody().get("levels");
    assertThat(levels).extracting(level -> level.get("level"), level -> level.get("label"), level -> level.get("committees"))
        .containsExactly(tuple(0, "Cấp ủy ban hành", 1), tuple(1, "Cấp dưới trực tiếp", 1), tuple(2, "Cấp dưới thứ 2", 1));
    // the registered dates are the direct subordinates', moved off days off; ten days a level, the programme the other way
    assertThat((Map<String, Object>) levels.get(0).get("deadlines")).containsExactly(
        entry("studyDue", "2026-02-10"), entry("programmeDue", "2026-03-23"), entry("midTermReportOpens", "2028-02-01"),
        entry("midTermReportCutoff", "2028-05-03"), entry("midTermConferenceBy", "2028-06-20"),
        entry("finalReportOpens", "2030-02-01"), entry("finalReportCutoff", "2030-09-10"), entry("finalConferenceBy", "2030-10-10"));
    assertThat((Map<String, Object>) levels.get(1).get("deadlines")).containsExactly(
        entry("studyDue", "2026-02-02"), entry("programmeDue", "2026-03-31"), entry("midTermReportOpens", "2028-02-01"),
        entry("midTermReportCutoff", "2028-04-20"), entry("midTermConferenceBy", "2028-06-12"),
        entry("finalReportOpens", "2030-02-01"), entry("finalReportCutoff", "2030-09-04"), entry("finalConferenceBy", "2030-10-04"));
    assertThat((Map<String, Object>) levels.get(2).get("deadlines")).containsExactly(
        entry("studyDue", "2026-01-21"), entry("programmeDue", "2026-04-10"), entry("midTermReportOpens", "2028-02-01"),
        entry("midTermReportCutoff", "2028-04-10"), entry("midTermConferenceBy", "2028-05-31"),
        entry("finalReportOpens", "2030-02-01"), entry("finalReportCutoff", "2030-08-21"), entry("finalConferenceBy", "2030-09-23"));

    assertThat(get(member(group(cell, Organ.OFFICE)), "/api/resolutions/" + id).getStatusCode())
        .as("a committee the resolution reaches").isEqualTo(HttpStatus.OK);
    assertThat(get(member(group(city(), Organ.OFFICE)), "/api/resolutions/" + id).getStatusCode())
        .as("another city's office").isEqualTo(HttpStatus.FORBIDDEN);
    String wardUnit = organisation.unit(ward, "don-vi", "Ủy ban Mặt trận Tổ quốc phường");
    assertThat(get(member(TaskGroups.unit(wardUnit)), "/api/resolutions/" + id).getStatusCode())
        .as("a unit of a committee the resolution reaches").isEqualTo(HttpStatus.OK);
    String otherUnit = organisation.unit(city(), "don-vi", "Sở Nội vụ");
    assertThat(get(member(TaskGroups.unit(otherUnit)), "/api/resolutions/" + id).getStatusCode())
        .as("a unit of another city").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(member(cell + ".tuyen-giao-dan-van"), "/api/resolutions/" + id).getStatusCode())
        .as("a group named like an organ the cell does not have").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(member("unit.khong-co"), "/api/resolutions/" + id).getStatusCode())
        .as("a unit group of no unit").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("admin", "TrienKhai@2026").exchange("/api/resolutions/" + id, HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(officeUser, "/api/resolutions/0").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> malformed = get(officeUser, "/api/resolutions/muoi-sau");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).containsEntry("field", "id");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCountTheOffsetPerLevelInWorkingDaysWhenRegisteredSo() {
    cell(ward(city));
    Map<String, Object> request = request("17-NQ/TU");
    request.put("levelOffset", "P10WD");
    long id = ((Number) post(officeUser, request).getBody().get("id")).longValue();

    List<Map<String, Object>> levels = (List<Map<String, Object>>) get(officeUser, "/api/resolutions/" + id).getBody().get("levels");

    assertThat(get(officeUser, "/api/resolutions/" + id).getBody()).containsEntry("levelOffset", "P10WD");
    // ten working days after Saturday 31 January 2026, and before it
    assertThat(levels).extracting(level -> ((Map<String, Object>) level.get("deadlines")).get("studyDue"))
        .containsExactly("2026-02-13", "2026-02-02", "2026-01-19");
    assertThat(task(rollout(id + "/" + city), ResolutionRolloutProcess.TASK_ORGANISE_STUDY).getDueDate())
        .isEqualTo(Deadlines.endOfDay(LocalDate.of(2026, 2, 13)));
  }

  @Test
  void shouldRefuseAnOffsetPerLevelThatIsNotDaysWeeksOrWorkingDays() {
    long before = resolutions();
    for (String wrong : new String[] {"P1M", "10 ngày", "-P1D", "P10H"}) {
      Map<String, Object> request = request("18-NQ/TU");
      request.put("levelOffset", wrong);

      ResponseEntity<Map<String, Object>> answer = post(officeUser, request);
      assertThat(answer.getStatusCode()).as(wrong).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).containsEntry("field", "levelOffset");
    }
    assertThat(resolutions()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void shouldRefuseADeadlineThatALevelBelowWouldHaveOutsideTheTerm() {
    cell(ward(city));
    Map<String, Object> request = request("19-NQ/TU");
    request.put("studyDue", "2025-10-06");

    assertBadRequest(post(officeUser, request), "studyDue", "Hạn hoàn thành học tập, quán triệt của cấp dưới thứ 2 là "
        + "26/09/2025 (mỗi cấp cách nhau 10 ngày, dời sang ngày làm việc nếu là ngày nghỉ), nằm ngoài nhiệm kỳ (01/10/2025 – 30/09/2030).");
  }

  /** Issue 19: another committee's office learns neither the name nor the existence of the committee it names. */
  @Test
  void shouldRefuseAnotherCommitteesOfficeBeforeLookingAtWhatItSent() {
    String otherOffice = member(group(city(), Organ.OFFICE));
    Map<String, Object> wrongSymbol = request("13-NQ/XX");
    Map<String, Object> unknownCommittee = request("13-NQ/TU");
    unknownCommittee.put("issuingCommittee", "khong-co-cap-uy-nay");

    for (Map<String, Object> request : List.of(wrongSymbol, unknownCommittee)) {
      ResponseEntity<Map<String, Object>> answer = post(otherOffice, request);

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(String.valueOf(answer.getBody())).doesNotContain("Thành ủy").doesNotContain("khong-co-cap-uy-nay");
    }
  }

  // --- targets (issue 23) ---

  @Test
  @SuppressWarnings("unchecked")
  void shouldRegisterTheTargetsWithTheResolutionAndShowThemWithItsRolloutsCounts() {
    ward(city);
    Map<String, Object> request = request("20-NQ/TU");
    String decomposed = Normalizer.normalize("Tỷ lệ hộ nghèo", Normalizer.Form.NFD);
    request.put("targets", List.of(
        target("Tỷ trọng kinh tế số trong GRDP", "%", 18, 2024, 30, 2030, "kinh tế", true),
        target("Hồ sơ đảng viên được số hóa", "hồ sơ", 0, 2025, 120000, 2027, "PARTY_BUILDING", true),
        target(decomposed, "%", 1.2, 2024, 0.5, 2030, "Văn hóa - xã hội", false)));

    ResponseEntity<Map<String, Object>> answer = post(officeUser, request);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) answer.getBody().get("id")).longValue();
    Map<String, Object> view = get(officeUser, "/api/resolutions/" + id).getBody();
    assertThat((List<Map<String, Object>>) view.get("targets"))
        .extracting(t -> t.get("position"), t -> t.get("name"), t -> t.get("unit"), t -> t.get("baseline"),
            t -> t.get("baselineYear"), t -> t.get("target"), t -> t.get("targetYear"), t -> t.get("field"),
            t -> t.get("fieldLabel"), t -> t.get("higherIsBetter"), t -> t.get("aggregation"))
        .containsExactly(
            tuple(1, "Tỷ trọng kinh tế số trong GRDP", "%", 18, 2024, 30, 2030, "ECONOMY", "Kinh tế", true, "AVERAGE"),
            tuple(2, "Hồ sơ đảng viên được số hóa", "hồ sơ", 0, 2025, 120000, 2027, "PARTY_BUILDING", "Xây dựng Đảng", true, "SUM"),
            tuple(3, "Tỷ lệ hộ nghèo", "%", 1.2, 2024, 0.5, 2030, "CULTURE_SOCIETY", "Văn hóa – xã hội", false, "AVERAGE"));
    assertThat(jdbc.sql("SELECT name FROM resolution_target WHERE resolution_id = :id AND seq = 2").param("id", id)
        .query(String.class).single()).as("stored in NFC").isEqualTo("Tỷ lệ hộ nghèo");
    // the issuing committee's rollout, then its ward's once the study cascade has run
    Map<String, Object> rollouts = (Map<String, Object>) view.get("rollouts");
    assertThat(rollouts).containsEntry("committees", 2).containsEntry("started", 1);
    assertThat((Map<String, Object>) rollouts.get("byPhase")).containsEntry("STUDY", 1).containsEntry("PROGRAMME", 0)
        .containsEntry("COMPLETED", 0).hasSize(6);
    runAsyncJobs(rollout(id + "/" + city));
    assertThat((Map<String, Object>) get(officeUser, "/api/resolutions/" + id).getBody().get("rollouts"))
        .containsEntry("committees", 2).containsEntry("started", 2);
  }

  @Test
  void shouldRefuseABadTargetNamingItsFieldAndStoreNothing() {
    long before = resolutions();
    long targetsBefore = jdbc.sql("SELECT COUNT(*) FROM resolution_target").query(Long.class).single();
    record Bad(String what, Object targets, String field, String message) {}
    Map<String, Object> good = target("Tỷ trọng kinh tế số trong GRDP", "%", 18, 2024, 30, 2030, "ECONOMY", true);
    List<Bad> bad = new java.util.ArrayList<>();
    bad.add(new Bad("no name", List.of(without(good, "name")), "targets[0].name", "Chỉ tiêu thứ 1: chưa nhập tên chỉ tiêu."));
    bad.add(new Bad("blank name", List.of(with(good, "name", " \t ")), "targets[0].name", "Chỉ tiêu thứ 1: chưa nhập tên chỉ tiêu."));
    bad.add(new Bad("no unit", List.of(good, without(renamed(good, "Tỷ lệ hộ nghèo"), "unit")), "targets[1].unit",
        "Chỉ tiêu thứ 2: chưa nhập đơn vị tính."));
    bad.add(new Bad("negative", List.of(good, with(renamed(good, "B"), "target", -5)), "targets[1].target",
        "Chỉ tiêu thứ 2: giá trị mục tiêu không được âm."));
    bad.add(new Bad("huge", List.of(good, with(renamed(good, "B"), "target", new java.math.BigDecimal("1e400"))),
        "targets[1].target", "Chỉ tiêu thứ 2: giá trị mục tiêu lớn quá 1.000.000.000.000."));
    bad.add(new Bad("too precise", List.of(with(good, "baseline", new java.math.BigDecimal("0.0000001"))),
        "targets[0].baseline", "Chỉ tiêu thứ 1: giá trị năm gốc có quá 6 chữ số thập phân."));
    bad.add(new Bad("no target", List.of(without(good, "target")), "targets[0].target",
        "Chỉ tiêu thứ 1: chưa nhập giá trị mục tiêu."));
    bad.add(new Bad("target year after the term", List.of(with(good, "targetYear", 2031)), "targets[0].targetYear",
        "Chỉ tiêu thứ 1: năm đạt mục tiêu (2031) phải trong nhiệm kỳ, từ 2025 đến 2030."));
    bad.add(new Bad("fraction of a year", List.of(with(good, "targetYear", 2029.5)), "targets[0].targetYear",
        "Chỉ tiêu thứ 1: năm đạt mục tiêu phải là một năm, ví dụ 2030."));
    bad.add(new Bad("huge year", List.of(with(good, "targetYear", new java.math.BigDecimal("1e30"))), "targets[0].targetYear",
        "Chỉ tiêu thứ 1: năm đạt mục tiêu phải là một năm, ví dụ 2030."));
    bad.add(new Bad("baseline after the target", List.of(with(good, "baselineYear", 2030)), "targets[0].baselineYear",
        "Chỉ tiêu thứ 1: năm gốc (2030) phải từ 2015 và trước năm đạt mục tiêu (2030)."));
    bad.add(new Bad("baseline long before the term", List.of(with(good, "baselineYear", 1990)), "targets[0].baselineYear",
        "Chỉ tiêu thứ 1: năm gốc (1990) phải từ 2015 và trước năm đạt mục tiêu (2030)."));
    bad.add(new Bad("unknown field", List.of(with(good, "field", "kinh te")), "targets[0].field",
        "Chỉ tiêu thứ 1: lĩnh vực phải là một trong: kinh tế; văn hóa – xã hội; tài nguyên – môi trường; "
            + "quốc phòng – an ninh; đối ngoại; xây dựng Đảng."));
    bad.add(new Bad("no field", List.of(without(good, "field")), "targets[0].field", "Chỉ tiêu thứ 1: chưa chọn lĩnh vực."));
    bad.add(new Bad("no direction", List.of(without(good, "higherIsBetter")), "targets[0].higherIsBetter",
        "Chỉ tiêu thứ 1: chưa cho biết chỉ tiêu càng cao càng tốt (như tỷ trọng kinh tế số) hay càng thấp càng tốt "
            + "(như tỷ lệ hộ nghèo)."));
    bad.add(new Bad("the same name again, decomposed and in capitals",
        List.of(good, renamed(good, Normalizer.normalize("TỶ TRỌNG  KINH TẾ SỐ TRONG GRDP", Normalizer.Form.NFD))),
        "targets[1].name", "Chỉ tiêu thứ 2 trùng tên với chỉ tiêu thứ 1: \"TỶ TRỌNG  KINH TẾ SỐ TRONG GRDP\"."));
    bad.add(new Bad("overlong name", List.of(renamed(good, "x".repeat(501))), "targets[0].name",
        "Chỉ tiêu thứ 1: tên chỉ tiêu dài quá 500 ký tự."));
    bad.add(new Bad("a name that reads backwards", List.of(renamed(good, "Tỷ lệ \u202Ehộ nghèo")), "targets[0].name",
        "Chỉ tiêu thứ 1: tên chỉ tiêu có ký tự điều khiển hoặc ký tự không hiển thị."));
    java.util.List<Object> withNull = new java.util.ArrayList<>();
    withNull.add(good);
    withNull.add(null);
    bad.add(new Bad("an empty element", withNull, "targets[1]", "Chỉ tiêu thứ 2 trống."));
    List<Map<String, Object>> tooMany = new java.util.ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(renamed(good, "Chỉ tiêu " + i));
    }
    bad.add(new Bad("too many", tooMany, "targets", "Một nghị quyết có tối đa 100 chỉ tiêu; đã gửi 101."));

    for (Bad each : bad) {
      Map<String, Object> request = request("21-NQ/TU");
      request.put("targets", each.targets());
      ResponseEntity<Map<String, Object>> answer = post(officeUser, request);
      assertThat(answer.getStatusCode()).as(each.what()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(each.what()).containsEntry("field", each.field()).containsEntry("message", each.message());
    }
    // what Jackson cannot read as a number or a list: 400 naming the field too
    for (Object notANumber : List.of("NaN", "ba mươi", "Infinity", List.of(30))) {
      Map<String, Object> request = request("21-NQ/TU");
      request.put("targets", List.of(with(good, "target", notANumber)));
      ResponseEntity<Map<String, Object>> answer = post(officeUser, request);
      assertThat(answer.getStatusCode()).as(String.valueOf(notANumber)).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(String.valueOf(notANumber)).containsEntry("field", "targets[0].target");
    }
    Map<String, Object> notAList = request("21-NQ/TU");
    notAList.put("targets", "30% GRDP");
    assertThat(post(officeUser, notAList).getBody()).containsEntry("field", "targets");

    assertThat(resolutions()).as("no resolution stored").isEqualTo(before);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution_target").query(Long.class).single()).as("no target stored")
        .isEqualTo(targetsBefore);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM rollout WHERE committee_code = :c").param("c", city)
        .query(Long.class).single()).as("nothing started").isZero();
  }

  // --- the listing (issue 23) ---

  @Test
  @SuppressWarnings("unchecked")
  void shouldListTheResolutionsAPageAtATimeToWhoeverMayReadThem() {
    String ward = ward(city);
    String wardOffice = member(group(ward, Organ.OFFICE));
    String wardUnit = member(TaskGroups.unit(organisation.unit(ward, "don-vi", "Hội Cựu chiến binh phường")));
    String otherCity = city();
    String otherOffice = member(group(otherCity, Organ.OFFICE));
    String otherWardOffice = member(group(ward(otherCity), Organ.OFFICE));
    long first = created(post(officeUser, request("22-NQ/TU")));
    Map<String, Object> nextTerm = request("23-NQ/TU");
    nextTerm.put("termFrom", "2030-10-01");
    nextTerm.put("termTo", "2035-09-30");
    nextTerm.put("studyDue", "2031-01-31");
    nextTerm.put("programmeDue", "2031-03-31");
    nextTerm.remove("midTermReportCutoff");
    nextTerm.remove("midTermConferenceBy");
    nextTerm.put("finalReportCutoff", "2035-08-31");
    nextTerm.put("targets", List.of(target("Tỷ lệ hộ nghèo", "%", 1.2, 2030, 0.5, 2035, "CULTURE_SOCIETY", false)));
    long second = created(post(officeUser, nextTerm));
    long third = created(post(officeUser, request("24-NQ/TU")));
    Map<String, Object> othersRequest = request("25-NQ/TU");
    othersRequest.put("issuingCommittee", otherCity);
    long others = created(post(otherOffice, othersRequest));
    completeStudy(rollout(third + "/" + city));

    // newest term first, then the latest registered; the other city's never
    Map<String, Object> page0 = get(officeUser, "/api/resolutions?size=2").getBody();
    assertThat(page0).containsEntry("page", 0).containsEntry("size", 2).containsEntry("total", 3);
    assertThat((List<Map<String, Object>>) page0.get("resolutions"))
        .extracting(r -> ((Number) r.get("id")).longValue(), r -> r.get("symbol"), r -> r.get("targets"))
        .containsExactly(tuple(second, "23-NQ/TU", 1), tuple(third, "24-NQ/TU", 0));
    Map<String, Object> page1 = get(officeUser, "/api/resolutions?size=2&page=1").getBody();
    assertThat((List<Map<String, Object>>) page1.get("resolutions")).extracting(r -> ((Number) r.get("id")).longValue())
        .containsExactly(first);
    assertThat((List<Map<String, Object>>) page1.get("resolutions")).first()
        .satisfies(r -> assertThat(r).containsEntry("issuingCommittee", city).containsEntry("issuingCommitteeName", "Thành ủy Đà Nẵng")
            .containsEntry("status", "STUDY").containsEntry("statusLabel", "Học tập, quán triệt")
            .containsEntry("term", Map.of("from", "2025-10-01", "to", "2030-09-30")));

    // filters
    assertThat(ids(officeUser, "/api/resolutions?term=2030-2035")).containsExactly(second);
    assertThat(ids(officeUser, "/api/resolutions?status=programme")).containsExactly(third);
    assertThat(ids(officeUser, "/api/resolutions?status=STUDY&term=2025–2030")).containsExactly(first);
    assertThat(ids(officeUser, "/api/resolutions?committee=" + city)).containsExactly(second, third, first);
    assertThat(ids(officeUser, "/api/resolutions?committee=" + otherCity)).as("the other city's: not theirs").isEmpty();

    // the same rule as GET /api/resolutions/{id}: the issuing committee's line, its units too
    assertThat(ids(wardOffice, "/api/resolutions")).containsExactly(second, third, first);
    assertThat(ids(wardUnit, "/api/resolutions")).containsExactly(second, third, first);
    assertThat(ids(otherOffice, "/api/resolutions")).containsExactly(others);
    assertThat(ids(otherWardOffice, "/api/resolutions")).containsExactly(others);
    assertThat(ids(member("unit.khong-co-nao"), "/api/resolutions")).as("a unit group of no unit").isEmpty();
    for (String user : List.of(wardOffice, wardUnit, otherOffice, otherWardOffice)) {
      for (long id : ids(user, "/api/resolutions")) {
        assertThat(get(user, "/api/resolutions/" + id).getStatusCode()).as(user + " reads " + id).isEqualTo(HttpStatus.OK);
      }
      for (long id : List.of(first, second, third, others)) {
        if (!ids(user, "/api/resolutions").contains(id)) {
          assertThat(get(user, "/api/resolutions/" + id).getStatusCode()).as(user + " reads " + id).isEqualTo(HttpStatus.FORBIDDEN);
        }
      }
    }
    ResponseEntity<Map<String, Object>> byAdmin = http.withBasicAuth("admin", "TrienKhai@2026")
        .exchange("/api/resolutions?committee=" + otherCity, HttpMethod.GET, null, JSON);
    assertThat((List<Map<String, Object>>) byAdmin.getBody().get("resolutions"))
        .extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(others);

    // bad parameters: 400 naming them
    for (String[] wrong : new String[][] {{"status=DONE", "status"}, {"term=2030", "term"}, {"term=2030-2025", "term"},
        {"size=0", "size"}, {"size=101", "size"}, {"page=-1", "page"}, {"page=hai", "page"}, {"size=1e9", "size"},
        {"page=100001", "page"}}) {
      ResponseEntity<Map<String, Object>> answer = get(officeUser, "/api/resolutions?" + wrong[0]);
      assertThat(answer.getStatusCode()).as(wrong[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(wrong[0]).containsEntry("field", wrong[1]);
    }
  }

  private static long created(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) answer.getBody().get("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  private List<Long> ids(String user, String path) {
    ResponseEntity<Map<String, Object>> answer = get(user, path);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) answer.getBody().get("resolutions")).stream()
        .map(r -> ((Number) r.get("id")).longValue()).toList();
  }

  private static Map<String, Object> target(String name, String unit, Number baseline, int baselineYear, Number target,
      int targetYear, String field, boolean higherIsBetter) {
    Map<String, Object> figure = new LinkedHashMap<>();
    figure.put("name", name);
    figure.put("unit", unit);
    figure.put("baseline", baseline);
    figure.put("baselineYear", baselineYear);
    figure.put("target", target);
    figure.put("targetYear", targetYear);
    figure.put("field", field);
    figure.put("higherIsBetter", higherIsBetter);
    return figure;
  }

  private static Map<String, Object> with(Map<String, Object> figure, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(figure);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> figure, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(figure);
    copy.remove(key);
    return copy;
  }

  private static Map<String, Object> renamed(Map<String, Object> figure, String name) {
    return with(figure, "name", name);
  }

  private void assertBadRequest(ResponseEntity<Map<String, Object>> answer, String field, String message) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field).containsEntry("message", message);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM rollout WHERE committee_code = :c").param("c", city)
        .query(Long.class).single()).as("nothing started").isZero();
  }

  private Map<String, Object> request(String symbol) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("symbol", symbol);
    request.put("title", "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng");
    request.put("issuingCommittee", city);
    request.put("termFrom", "2025-10-01");
    request.put("termTo", "2030-09-30");
    request.put("studyDue", "2026-01-31");
    request.put("programmeDue", "2026-03-31");
    request.put("midTermReportCutoff", "2028-04-20");
    request.put("midTermConferenceBy", "2028-06-10");
    request.put("finalReportCutoff", "2030-08-31");
    return request;
  }

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> request) {
    return http.withBasicAuth(user, PASSWORD).exchange("/api/resolutions", HttpMethod.POST, new HttpEntity<>(request), JSON);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> put(String user, long id, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD).exchange("/api/resolutions/" + id + "/inspection-cycle", HttpMethod.PUT,
        new HttpEntity<>(body), JSON);
  }

  private String inspectionCycle(long id) {
    return jdbc.sql("SELECT inspection_cycle FROM resolution WHERE id = :id").param("id", id).query(String.class).single();
  }

  private long resolutions() {
    return jdbc.sql("SELECT COUNT(*) FROM resolution").query(Long.class).single();
  }

  /** A Camunda user in the group, as the organisation import makes them. */
  private String member(String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      var group = identityService.newGroup(groupId);
      group.setName("Văn phòng");
      identityService.saveGroup(group);
    }
    String userId = "vp-" + groupId.replace('.', '-');
    var user = identityService.newUser(userId);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, groupId);
    return userId;
  }
}
