package vn.rollout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.DraftItem;
import vn.rollout.resolution.RegisterResolution;
import vn.rollout.resolution.RegisteredResolution;
import vn.rollout.resolution.Target;
import vn.rollout.resolution.TargetRequest;
import vn.rollout.resolution.Targets;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * Issue 23, the resolution's targets from registration to the review: a city registers two targets
 * (a count and a rate), its programme's item and its ward's serve them, the lead units report the
 * values reached with a progress report and at completion (the engine clock moved), and the status
 * API, its XLSX and the review report show baseline, target, value reached and share achieved, for the
 * city and summed or averaged over its subtree.
 */
class ResolutionTargetsIT extends RolloutTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired Targets targets;

  String city;
  String ward;
  long resolutionId;
  ProcessInstance cityRollout;
  long records;
  long poverty;
  long unlinked;

  @BeforeEach
  void aCityWithTargetsAndAWard() {
    city = city();
    ward = ward(city);
    RegisterResolution base = resolutionOf(city, "TU");
    RegisteredResolution registered = registration.register(new RegisterResolution(base.symbol(), base.title(), city,
        base.termFrom(), base.termTo(), base.studyDue(), base.programmeDue(), null, null, base.finalReportCutoff(), null,
        null, List.of(
            new TargetRequest("Hồ sơ đảng viên được số hóa", "hồ sơ", BigDecimal.ZERO, BigDecimal.valueOf(2025),
                BigDecimal.valueOf(10000), BigDecimal.valueOf(2027), "PARTY_BUILDING", true),
            new TargetRequest("Tỷ lệ hộ nghèo", "%", new BigDecimal("1.2"), BigDecimal.valueOf(2024),
                new BigDecimal("0.5"), BigDecimal.valueOf(2030), "văn hóa – xã hội", false),
            new TargetRequest("Tỷ trọng kinh tế số trong GRDP", "%", BigDecimal.valueOf(18), BigDecimal.valueOf(2024),
                BigDecimal.valueOf(30), BigDecimal.valueOf(2030), "ECONOMY", true))), null);
    resolutionId = registered.id();
    List<Target> registeredTargets = targets.of(resolutionId);
    records = registeredTargets.get(0).id();
    poverty = registeredTargets.get(1).id();
    unlinked = registeredTargets.get(2).id();
    cityRollout = rollout(registered.businessKey());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldTrackTheTargetsFromTheProgrammeToTheStatusTheWorkbookAndTheReviewReport() throws Exception {
    // the city's programme: the draft form offers the resolution's targets; an item serves two of them
    completeStudy(cityRollout);
    Task draft = task(cityRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    assertThat(formVariable(draft, ResolutionRolloutProcess.FormFields.TARGET_OPTIONS).toString())
        .contains("1. Hồ sơ đảng viên được số hóa (hồ sơ): 0 (2025) → 10.000 (2027)")
        .contains("2. Tỷ lệ hộ nghèo (%): 1,2 (2024) → 0,5 (2030)")
        .contains("\"value\":\"" + records + "\"");
    long otherResolutionsTarget = otherResolutionsTarget();
    assertThatThrownBy(() -> submitDraft(cityRollout, serving(concreteItem(city), otherResolutionsTarget)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Nhiệm vụ 1: chỉ được chọn chỉ tiêu của nghị quyết đang triển khai.")
        .extracting(e -> ((FormFieldValidationException) e).<Object>getDetail()).isEqualTo("items[0].targetIds");
    assertThatThrownBy(() -> submitDraft(cityRollout, serving(concreteItem(city), -1)))
        .isInstanceOf(FormFieldValidationException.class);
    submitDraft(cityRollout, serving(concreteItem(city), records, poverty, records));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM programme_item_target t JOIN programme_item i ON i.id = t.item_id"
            + " JOIN programme p ON p.id = i.programme_id WHERE p.committee_code = :c").param("c", city)
        .query(Long.class).single()).as("each target once").isEqualTo(2);
    // returned, the draft form shows the item's targets again; sent back untouched, as Tasklist sends the
    // form's own variable, they stay
    decide(cityRollout, ResolutionRolloutProcess.FormFields.DECISION_RETURN, "Bổ sung kinh phí cho nhiệm vụ 1.");
    Task returned = task(cityRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    Object returnedItems = formVariable(returned, ResolutionRolloutProcess.FormFields.ITEMS);
    assertThat(JsonVariables.list(returnedItems, DraftItem.class).get(0).targetIds())
        .containsExactly(String.valueOf(records), String.valueOf(poverty));
    formService.submitTaskForm(returned.getId(), Map.of(ResolutionRolloutProcess.FormFields.ITEMS,
        JsonVariables.json(JsonVariables.list(returnedItems, Map.class))));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM programme_item_target t JOIN programme_item i ON i.id = t.item_id"
            + " JOIN programme p ON p.id = i.programme_id WHERE p.committee_code = :c").param("c", city)
        .query(Long.class).single()).as("kept through the form").isEqualTo(2);
    decide(cityRollout, ResolutionRolloutProcess.FormFields.DECISION_APPROVE, null);
    runAsyncJobs(cityRollout);

    // the ward's programme takes its share of the same targets
    ProcessInstance wardRollout = rollout(resolutionId + "/" + ward);
    completeStudy(wardRollout);
    submitDraft(wardRollout, serving(concreteItem(ward), records, poverty));
    decide(wardRollout, ResolutionRolloutProcess.FormFields.DECISION_APPROVE, null);
    runAsyncJobs(wardRollout);
    ProcessInstance cityItem = item(cityRollout);
    ProcessInstance wardItem = item(wardRollout);

    // the quarter's timer, the engine clock moved to it: the ward's lead reports its value with the quarter
    Job quarter = managementService.createJobQuery().processInstanceId(wardItem.getId()).timers()
        .activityId(ProgrammeItemExecutionProcess.START_QUARTER_DUE).singleResult();
    clockAt(LocalDateTime.ofInstant(quarter.getDuedate().toInstant(), VIETNAM));
    managementService.executeJob(quarter.getId());
    Task quarterly = task(wardItem, ProgrammeItemExecutionProcess.TASK_REPORT_QUARTERLY_PROGRESS);
    assertThat(formVariable(quarterly, FormFields.TARGET_VALUES).toString()).contains("Tỷ lệ hộ nghèo (%)");
    formService.submitTaskForm(quarterly.getId(), Map.of(FormFields.PROGRESS_PERCENT, 40,
        FormFields.TARGET_VALUES, JsonVariables.json(List.of(value(records, 1200)))));
    assertThat(jdbc.sql("SELECT reached FROM item_target_value v JOIN programme_item i ON i.id = v.item_id"
            + " JOIN programme p ON p.id = i.programme_id WHERE p.committee_code = :c").param("c", ward)
        .query(BigDecimal.class).single()).isEqualByComparingTo("1200");

    // a quarter later the city's lead reports progress with values reached
    clockAt(LocalDateTime.of(2026, 6, 30, 10, 0));
    Task cityTask = task(cityItem, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThat(formVariable(cityTask, FormFields.TARGET_VALUES).toString())
        .contains("Hồ sơ đảng viên được số hóa (hồ sơ): năm gốc 0 (2025), mục tiêu 10.000 (2027)")
        .contains("Tỷ lệ hộ nghèo (%)").doesNotContain("Tỷ trọng kinh tế số");
    submit(cityTask, "PROGRESS", Map.of(FormFields.PROGRESS_PERCENT, 30), value(records, 3000), value(poverty, 1.0));
    // the ward's lead may not report a target its item does not serve, nor a negative value
    Task wardTask = task(wardItem, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThatThrownBy(() -> submit(wardTask, "PROGRESS", Map.of(FormFields.PROGRESS_PERCENT, 10), value(unlinked, 25)))
        .isInstanceOf(FormFieldValidationException.class)
        .extracting(e -> ((FormFieldValidationException) e).<Object>getDetail()).isEqualTo("targetValues[0].targetId");
    assertThatThrownBy(() -> submit(wardTask, "PROGRESS", Map.of(FormFields.PROGRESS_PERCENT, 10), value(records, -5)))
        .isInstanceOf(FormFieldValidationException.class)
        .extracting(e -> ((FormFieldValidationException) e).<Object>getDetail()).isEqualTo("targetValues[0].reached");

    // at completion: a value for every target served (the latest reported counts), or why not
    clockAt(LocalDateTime.of(2026, 11, 20, 10, 0));
    submit(task(cityItem, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM), "DONE",
        Map.of(FormFields.OUTPUT_ACHIEVED, "Cơ sở dữ liệu đảng viên"), value(records, 6000), value(poverty, 0.8));
    Task wardDone = task(wardItem, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM);
    assertThatThrownBy(() -> submit(wardDone, "DONE", Map.of(FormFields.OUTPUT_ACHIEVED, "1.250 hồ sơ được số hóa"),
        value(records, 2500)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Tỷ lệ hộ nghèo")
        .extracting(e -> ((FormFieldValidationException) e).<Object>getDetail()).isEqualTo("targetValues[1].reached");
    submit(wardDone, "DONE", Map.of(FormFields.OUTPUT_ACHIEVED, "1.250 hồ sơ được số hóa"), value(records, 2500),
        value(poverty, 0.6));
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT v.item_id) FROM item_target_value v JOIN programme_item i ON i.id = v.item_id"
            + " JOIN resolution_target t ON t.id = v.target_id WHERE t.resolution_id = :r AND i.status = 'DONE_ON_TIME'")
        .param("r", resolutionId).query(Long.class).single()).as("both items closed, with their values").isEqualTo(2);

    // the status: the city's own values, and its subtree's (records summed, the poverty rate averaged)
    ResponseEntity<Map<String, Object>> status = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).exchange(
        "/api/resolutions/" + resolutionId + "/status", HttpMethod.GET, null, JSON);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) status.getBody().get("targets"))
        .extracting(t -> t.get("name"), t -> t.get("aggregation"), t -> t.get("baseline"), t -> t.get("target"),
            t -> t.get("reached"), t -> t.get("achievedPercent"), t -> t.get("subtreeReached"),
            t -> t.get("subtreeAchievedPercent"), t -> t.get("committeesReporting"))
        .containsExactly(
            tuple("Hồ sơ đảng viên được số hóa", "SUM", 0, 10000, 6000, 60, 8500, 85, 2),
            tuple("Tỷ lệ hộ nghèo", "AVERAGE", 1.2, 0.5, 0.8, 57, 0.7, 71, 2),
            tuple("Tỷ trọng kinh tế số trong GRDP", "AVERAGE", 18, 30, null, null, null, null, 0));
    Map<String, Object> wardStatus = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).exchange(
        "/api/resolutions/" + resolutionId + "/status?committee=" + ward, HttpMethod.GET, null, JSON).getBody();
    assertThat((List<Map<String, Object>>) wardStatus.get("targets"))
        .extracting(t -> t.get("reached"), t -> t.get("achievedPercent"), t -> t.get("subtreeReached"))
        .startsWith(tuple(2500, 25, 2500), tuple(0.6, 86, 0.6));

    // the workbook's sheet of targets
    ResponseEntity<byte[]> xlsx = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .getForEntity("/api/resolutions/" + resolutionId + "/status.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      XSSFSheet sheet = workbook.getSheet(StatusWorkbook.TARGETS);
      assertThat(sheet).isNotNull();
      XSSFRow header = sheet.getRow(StatusWorkbook.HEADER_ROW);
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Chỉ tiêu");
      XSSFRow first = sheet.getRow(StatusWorkbook.HEADER_ROW + 1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Xây dựng Đảng");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Hồ sơ đảng viên được số hóa");
      assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(10000);
      assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Cộng");
      assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(6000);
      assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(60);
      assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(8500);
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(85);
      XSSFRow second = sheet.getRow(StatusWorkbook.HEADER_ROW + 2);
      assertThat(second.getCell(8).getStringCellValue()).isEqualTo("Trung bình");
      assertThat(second.getCell(11).getNumericCellValue()).isEqualTo(0.7);
    }

    // the review report: results per field and the appendix's table
    ResponseEntity<byte[]> docx = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .getForEntity("/api/committees/" + city + "/reports/MID_TERM.docx?resolution=" + resolutionId, byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text).contains(
          "- Chỉ tiêu tỷ lệ hộ nghèo (%): năm 2024 là 1,2; mục tiêu năm 2030 là 0,5; đạt 0,8 (đạt 57% mục tiêu); "
              + "toàn hệ thống (trung bình của 2 cấp ủy có số liệu): 0,7 (71%).",
          "- Chỉ tiêu hồ sơ đảng viên được số hóa (hồ sơ): năm 2025 là 0; mục tiêu năm 2027 là 10.000; đạt 6.000 "
              + "(đạt 60% mục tiêu); toàn hệ thống (cộng của 2 cấp ủy có số liệu): 8.500 (85%).",
          "Tỷ trọng kinh tế số trong GRDP (%): năm 2024 là 18; mục tiêu năm 2030 là 30; cấp ủy chưa có số liệu.",
          "5. Các chỉ tiêu của nghị quyết");
      assertThat(text.indexOf("b) Văn hóa – xã hội")).isLessThan(text.indexOf("- Chỉ tiêu tỷ lệ hộ nghèo"));
      assertThat(text.indexOf("- Chỉ tiêu tỷ lệ hộ nghèo")).isLessThan(text.indexOf("c) Xây dựng Đảng"));
      XWPFTable appendix = document.getTables().get(document.getTables().size() - 1);
      assertThat(appendix.getRows()).hasSize(4);
      assertThat(appendix.getRow(1).getCell(2).getText()).isEqualTo("Hồ sơ đảng viên được số hóa (hồ sơ)");
      assertThat(appendix.getRow(1).getCell(3).getText()).isEqualTo("0 (2025)");
      assertThat(appendix.getRow(1).getCell(5).getText()).isEqualTo("6.000");
      assertThat(appendix.getRow(1).getCell(7).getText()).isEqualTo("8.500 (cộng)");
      assertThat(appendix.getRow(1).getCell(8).getText()).isEqualTo("85");
      assertThat(appendix.getRow(2).getCell(7).getText()).isEqualTo("0,7 (trung bình)");
    }
  }

  private long otherResolutionsTarget() {
    String otherCity = city();
    RegisterResolution base = resolutionOf(otherCity, "TU");
    long other = registration.register(new RegisterResolution(base.symbol(), base.title(), otherCity, base.termFrom(),
        base.termTo(), base.studyDue(), base.programmeDue(), null, null, base.finalReportCutoff(), null, null,
        List.of(new TargetRequest("Tỷ lệ hộ nghèo", "%", BigDecimal.ONE, BigDecimal.valueOf(2024), BigDecimal.ZERO,
            BigDecimal.valueOf(2030), "CULTURE_SOCIETY", false))), null).id();
    return targets.of(other).get(0).id();
  }

  private static DraftItem serving(DraftItem item, long... targetIds) {
    return new DraftItem(item.content(), item.lead(), item.coordinators(), item.noBudget(), item.budgetVnd(),
        item.manpower(), item.start(), item.deadline(), item.output(), item.target(), item.findings(),
        java.util.Arrays.stream(targetIds).mapToObj(String::valueOf).toList());
  }

  private ProcessInstance item(ProcessInstance rollout) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
        .superProcessInstanceId(rollout.getId()).singleResult();
  }

  private static Map<String, Object> value(long targetId, Number reached) {
    Map<String, Object> value = new HashMap<>();
    value.put("targetId", targetId);
    value.put("label", "(chỉ để xem)");
    value.put("reached", reached);
    return value;
  }

  @SafeVarargs
  private void submit(Task task, String action, Map<String, Object> fields, Map<String, Object>... values) {
    Map<String, Object> form = new HashMap<>(fields);
    form.put(FormFields.ACTION, action);
    form.put(FormFields.TARGET_VALUES, JsonVariables.json(List.of(values)));
    formService.submitTaskForm(task.getId(), form);
  }
}
