package vn.rollout.e2e.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a rollout that a browser test does not watch, done through the product's API and
 * Camunda's REST API as the administrator: register a resolution, hold the study, submit a draft
 * programme, approve it. Each answers as soon as the engine has moved on.
 */
public final class Rollouts {

  public static final String STUDY_TASK = "Tổ chức học tập, quán triệt nghị quyết";
  public static final String PROGRAMME_TASK = "Xây dựng chương trình hành động";
  public static final String APPROVAL_TASK = "Phê duyệt chương trình hành động";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EngineRest admin;

  public Rollouts(EngineRest admin) {
    this.admin = admin;
  }

  /** Registers a resolution of a committee (term 2025–2030); answers its rollout's business key {@code <id>/<committee>}. */
  public String register(String symbol, String title, String committee) {
    return register(symbol, title, committee, List.of());
  }

  /** The same, with the resolution's targets (chỉ tiêu) as {@code POST /api/resolutions} takes them, see {@link #target}. */
  public String register(String symbol, String title, String committee, List<Map<String, Object>> targets) {
    Map<String, Object> resolution = new LinkedHashMap<>();
    resolution.put("symbol", symbol);
    resolution.put("title", title);
    resolution.put("issuingCommittee", committee);
    resolution.put("termFrom", "2025-10-01");
    resolution.put("termTo", "2030-09-30");
    resolution.put("studyDue", "2027-01-31");
    resolution.put("programmeDue", "2027-03-31");
    resolution.put("finalReportCutoff", "2030-08-31");
    if (!targets.isEmpty()) {
      resolution.put("targets", targets);
    }
    return admin.productApi().post("/resolutions", resolution).expect(201).json().get("businessKey").asText();
  }

  public static String businessKey(String rollout, String subordinate) {
    return resolutionId(rollout) + "/" + subordinate;
  }

  public static long resolutionId(String businessKey) {
    return Long.parseLong(businessKey.substring(0, businessKey.indexOf('/')));
  }

  /**
   * The one open task of that name in the rollout, once it is there. A job that met the test's own work on
   * the same instance (an optimistic-locking conflict) runs again at once (README, "A job that lost a race
   * runs again at once"); up to four minutes for a slow, shared machine.
   */
  public String awaitTask(String businessKey, String name) {
    String query = "/task?processInstanceBusinessKey=" + EngineRest.encode(businessKey) + "&name=" + EngineRest.encode(name);
    JsonNode tasks = await().atMost(Duration.ofSeconds(240))
        .until(() -> admin.list(query).expect(200).json(), found -> found.size() == 1);
    return tasks.get(0).get("id").asText();
  }

  /** The rollout's process instance id (its reviews and items run under the same business key). */
  public String processInstance(String businessKey) {
    JsonNode instances = await().atMost(Duration.ofSeconds(30)).until(
        () -> admin.list("/process-instance?processDefinitionKey=ResolutionRollout&businessKey=" + EngineRest.encode(businessKey))
            .expect(200).json(),
        found -> found.size() == 1);
    return instances.get(0).get("id").asText();
  }

  /** The study task done: two sessions in December 2025 and a make-up session. */
  public void holdStudy(String businessKey) {
    String task = awaitTask(businessKey, STUDY_TASK);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("sessions", json(List.of(
        Map.of("date", "2025-12-10", "audience", "KEY_OFFICIALS", "format", "IN_PERSON", "invited", 60, "attended", 58),
        Map.of("date", "2025-12-17", "audience", "MEMBERS", "format", "ONLINE", "invited", 900, "attended", 871))));
    variables.put("makeUpSession", value(true));
    variables.put("makeUpDate", value("2026-01-20"));
    variables.put("studyNotes", value("Các chi bộ tham gia đầy đủ."));
    submitForm(task, variables);
  }

  /** Submits the draft programme: items as the form sends them (content, lead, deadline, output…). */
  public void submitDraft(String businessKey, List<Map<String, Object>> items) {
    String task = awaitTask(businessKey, PROGRAMME_TASK);
    submitForm(task, Map.of("items", json(items)));
  }

  /**
   * The lead unit's progress report on its item ("Thực hiện nhiệm vụ", the one of that lead group in the
   * rollout), with the value reached for one of the resolution's targets the item serves.
   */
  public void reportProgress(String businessKey, String leadGroup, int percent, String targetId, Number reached) {
    String query = "/task?processInstanceBusinessKey=" + EngineRest.encode(businessKey)
        + "&taskDefinitionKey=Task_ExecuteItem&candidateGroup=" + EngineRest.encode(leadGroup);
    JsonNode tasks = await().atMost(Duration.ofSeconds(60))
        .until(() -> admin.list(query).expect(200).json(), found -> found.size() == 1);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("action", value("PROGRESS"));
    variables.put("progressPercent", value(percent));
    variables.put("targetValues", json(List.of(Map.of("targetId", Long.parseLong(targetId), "reached", reached))));
    submitForm(tasks.get(0).get("id").asText(), variables);
  }

  /** The standing committee approves the draft: the programme gets its symbol and the subordinates' rollouts start. */
  public void approve(String businessKey) {
    String task = awaitTask(businessKey, APPROVAL_TASK);
    submitForm(task, Map.of("decision", value("APPROVE")));
  }

  /** One item of a draft programme, as the form "Xây dựng chương trình hành động" submits it. */
  public static Map<String, Object> item(String content, String lead, List<String> coordinators, Long budgetVnd,
      String manpower, String deadline, String output, String target) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("content", content);
    item.put("lead", lead);
    item.put("coordinators", coordinators);
    item.put("noBudget", budgetVnd == null);
    item.put("budgetVnd", budgetVnd);
    item.put("manpower", manpower);
    item.put("start", "2026-01-01");
    item.put("deadline", deadline);
    item.put("output", output);
    item.put("target", target);
    return item;
  }

  /** One target of a resolution: baseline and target with their years, the field (a code or its Vietnamese label). */
  public static Map<String, Object> target(String name, String unit, Number baseline, int baselineYear, Number target,
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

  /** The same item, serving these targets of the resolution (their ids, as the draft form's choice sends them). */
  public static Map<String, Object> serving(Map<String, Object> item, String... targetIds) {
    Map<String, Object> serving = new LinkedHashMap<>(item);
    serving.put("targetIds", List.of(targetIds));
    return serving;
  }

  private static Map<String, Object> value(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    return typed;
  }

  private static Map<String, Object> json(Object value) {
    try {
      return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Submits a task's form as Tasklist does, and again, as the official would, when the answer is 409:
   * the rollout's cascade jobs changed the same process instance at that moment and nothing was changed.
   */
  private void submitForm(String task, Map<String, Object> variables) {
    EngineRest.Response answer = admin.post("/task/" + task + "/submit-form", Map.of("variables", variables));
    for (int again = 0; answer.status() == 409 && again < 10; again++) {
      answer = admin.post("/task/" + task + "/submit-form", Map.of("variables", variables));
    }
    answer.expect(204);
  }
}
