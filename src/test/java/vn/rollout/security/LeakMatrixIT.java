package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.security.EngineRestOperations.Operation;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * The leak matrix of issue 19: every operation of the engine's REST API (from Camunda's own OpenAPI
 * document of this version) and every operation of the product's {@code /api} (from the application's
 * own request mappings), called as an official of one committee, that committee's office (the
 * secretariat of a ward), the secretariat of another province, a process owner and an administrator,
 * after two provinces have rolled a resolution out to their wards.
 *
 * <ul>
 *   <li>Reads ({@code GET}): nothing the caller's row in SECURITY.md does not allow appears in any
 *       answer. What a caller may not see is marked: every rollout instance and open task carries a
 *       variable, a task-local variable and a comment with a marker of its own, and the markers, ids,
 *       committee codes, e-mail addresses, batches and jobs a caller may not see are looked for in every
 *       answer, whatever its shape. Path ids are those of things the caller may not see.</li>
 *   <li>Every other operation, on things the caller does not own: refused (403 or 404, or as the table
 *       says) and nothing stored changes (a fingerprint of the engine's and the product's tables).</li>
 *   <li>No operation answers 500, to anyone.</li>
 *   <li>Every operation is classified in {@code security/leak-matrix.tsv}; one the table does not know
 *       (a new Camunda version, a new {@code /api} endpoint) fails the matrix until it is classified.</li>
 * </ul>
 * The matrix writes every call it made to {@code target/leak-matrix.tsv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakMatrixIT extends RolloutTest {

  static final String TABLE = "/security/leak-matrix.tsv";
  static final String PASSWORD_OF_ADMIN = TestDatabase.ADMIN_PASSWORD;
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NONE = "matrix-khong-co";
  /** A day the Government "announced" off, far from any test's dates: what DELETE /api/holidays/{date} aims at. */
  static final String ANNOUNCED_DAY = "2040-06-13";
  /** The day POST /api/holidays tries to announce. */
  static final String DAY_TO_ANNOUNCE = "2040-06-14";
  /** A number no product row has: the product's ids are numbers. */
  static final String NO_SUCH_ID = "987654321";

  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired InstanceAccess instanceAccess;
  @LocalServerPort int port;

  /** Who calls. */
  enum Role { OFFICIAL, OFFICE, OTHER_SECRETARIAT, PROCESS_OWNER, ADMINISTRATOR }

  /** What the table says of an operation. */
  enum Expectation {
    /** A read: answered to anyone signed in, with nothing in it the caller may not see. */
    SCAN,
    /**
     * As {@link #SCAN}, with one known limit (SECURITY.md, "Jobs of no process instance"): a batch's job
     * definitions, and with them the batch's id, are listed to whoever may read every process definition.
     */
    SCAN_KNOWN_LIMIT,
    /** A read of the administrators': anyone else gets 403, 404 or nothing. */
    ADMIN,
    /** A change: anyone but an administrator is refused (403 or 404), and nothing changes. */
    REFUSED,
    /** A change Camunda checks after reading what it was sent: refused (403, 404) or invalid (400); nothing changes. */
    REFUSED_OR_INVALID,
    /**
     * A change whose targets Camunda checks one by one as it finds them (a signal, a message, instances
     * of a query): refused, invalid, or answered with nothing to do; nothing changes.
     */
    REFUSED_OR_NO_OP,
    /** Stores nothing (a check, a query sent by POST): answered, with nothing in it the caller may not see. */
    NO_STATE,
    /** Acts only on the caller's own things (their filter, their profile): not called on other people's. */
    OWN
  }

  record Classified(Expectation expectation, String why) {}

  record Call(Role role, String method, String path, int status, String problem) {}

  Map<Role, String> users = new LinkedHashMap<>();
  /** Per role: what it may not see, and what each such token is (for the report). */
  Map<Role, Map<String, String>> forbidden = new LinkedHashMap<>();
  Map<Role, Set<String>> forbiddenCodes = new LinkedHashMap<>();
  Map<Role, Map<String, String>> samples = new LinkedHashMap<>();
  Map<String, String> instances = new LinkedHashMap<>();
  String batchId;
  /** The product's files (attachments): each one's id and name, by what it is attached to ("item A", "resolution B"). */
  Map<String, Long> files = new LinkedHashMap<>();
  List<Call> calls = new ArrayList<>();

  private boolean prepared;

  // ---------------------------------------------------------------------------------------------
  // data: two provinces, each with its resolution rolled out to its wards

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  @BeforeEach
  void twoProvincesRollingOut() {
    if (prepared) {
      return;
    }
    prepared = true;
    String cityA = city();
    String wardA1 = ward(cityA);
    String wardA2 = ward(cityA);
    String cityB = city();
    String wardB1 = ward(cityB);

    // as the organisation import makes them: every official is also in "officials" (Tasklist, the definitions)
    users.put(Role.OFFICIAL, member(group(wardA1, Organ.PROPAGANDA), "matrix-can-bo"));
    identityService.createMembership(users.get(Role.OFFICIAL), TaskGroups.OFFICIALS);
    users.put(Role.OFFICE, member(group(wardA1, Organ.OFFICE), "matrix-van-phong"));
    identityService.createMembership(users.get(Role.OFFICE), TaskGroups.OFFICIALS);
    identityService.createMembership(users.get(Role.OFFICE), SecurityGroups.SECRETARIAT);
    users.put(Role.OTHER_SECRETARIAT, member(group(cityB, Organ.OFFICE), "matrix-thu-ky"));
    identityService.createMembership(users.get(Role.OTHER_SECRETARIAT), SecurityGroups.SECRETARIAT);
    users.put(Role.PROCESS_OWNER, member(SecurityGroups.PROCESS_OWNERS, "matrix-chu-quy-trinh"));
    users.put(Role.ADMINISTRATOR, "admin");
    jdbc.sql("""
        INSERT INTO announced_day (announced_on, kind, name, created_at, created_by)
        VALUES (:day, 'DAY_OFF', 'MATRIX[ngày nghỉ do Chính phủ công bố]', CURRENT_TIMESTAMP, 'admin')""")
        .param("day", LocalDate.parse(ANNOUNCED_DAY)).update();

    ProcessInstance rolloutA = register(cityA);
    approveProgramme(rolloutA, cityA);
    runAsyncJobs(rolloutA);
    long resolutionA = resolutionId(rolloutA);
    ProcessInstance rolloutA1 = rollout(resolutionA + "/" + wardA1);
    ProcessInstance rolloutA2 = rollout(resolutionA + "/" + wardA2);
    completeStudy(rolloutA2);
    ProcessInstance rolloutB = register(cityB);
    approveProgramme(rolloutB, cityB);
    runAsyncJobs(rolloutB);
    ProcessInstance rolloutB1 = rollout(resolutionId(rolloutB) + "/" + wardB1);

    // the product's files: evidence of an item of each province's programme, province B's resolution text
    long resolutionB = resolutionId(rolloutB);
    files.put("item A", adminUpload("/api/items/" + issuersItem(resolutionA) + "/attachments", "item A"));
    files.put("item B", adminUpload("/api/items/" + issuersItem(resolutionB) + "/attachments", "item B"));
    files.put("resolution B", adminUpload("/api/resolutions/" + resolutionB + "/attachments", "resolution B"));

    instances.put("A", rolloutA.getId());
    instances.put("A1", rolloutA1.getId());
    instances.put("A2", rolloutA2.getId());
    instances.put("B", rolloutB.getId());
    instances.put("B1", rolloutB1.getId());
    for (Map.Entry<String, String> instance : instances.entrySet()) {
      // twice: the second value keeps a detail in history
      runtimeService.setVariable(instance.getValue(), "matrixMarker", marker(instance.getKey()) + "…");
      runtimeService.setVariable(instance.getValue(), "matrixMarker", marker(instance.getKey()));
    }
    for (Task task : matrixTasks()) {
      taskService.setVariableLocal(task.getId(), "matrixNote", note(task.getId()) + "…");
      taskService.setVariableLocal(task.getId(), "matrixNote", note(task.getId()));
      taskService.createComment(task.getId(), task.getProcessInstanceId(), comment(task.getId()));
      taskService.createAttachment("url", task.getId(), null, attachment(task.getId()), attachment(task.getId()),
          "https://example.vn/" + task.getId());
    }
    // what only an administrator sees: a batch, a private filter, the history clean-up
    Job jobOfB = managementService.createJobQuery().processInstanceId(rolloutB1.getId()).list().get(0);
    Batch batch = managementService.setJobRetriesAsync(List.of(jobOfB.getId()), 3);
    batchId = batch.getId();
    var filter = filterService.newTaskFilter("MATRIX[bộ lọc riêng của quản trị]").setOwner("admin")
        .setQuery(taskService.createTaskQuery());
    filterService.saveFilter(filter);

    Set<String> committeesA = Set.of(cityA, wardA1, wardA2);
    Set<String> committeesB = Set.of(cityB, wardB1);
    List<String> administrationOnly = List.of(batch.getId(), historyService.findHistoryCleanupJobs().get(0).getId(),
        filter.getId(), "MATRIX[bộ lọc riêng của quản trị]");

    for (Role role : Role.values()) {
      Set<String> groups = groupsOf(users.get(role));
      Set<String> mayInstances = new TreeSet<>();
      Set<String> mayTasks = new TreeSet<>();
      switch (role) {
        case OFFICIAL -> { }
        case OFFICE -> mayInstances.add(instances.get("A1"));
        case OTHER_SECRETARIAT -> {
          mayInstances.add(instances.get("B"));
          mayInstances.add(instances.get("B1"));
        }
        case PROCESS_OWNER -> { }
        case ADMINISTRATOR -> mayInstances.addAll(allMatrixInstances());
      }
      for (Task task : matrixTasks()) {
        boolean own = taskService.getIdentityLinksForTask(task.getId()).stream()
            .map(IdentityLink::getGroupId).anyMatch(groups::contains);
        if (own) {
          mayTasks.add(task.getId());
          mayInstances.add(task.getProcessInstanceId());
        }
        if (mayInstances.contains(task.getProcessInstanceId()) && role != Role.OFFICIAL) {
          mayTasks.add(task.getId());
        }
      }
      Map<String, String> tokens = new LinkedHashMap<>();
      for (String instance : allMatrixInstances()) {
        var historic = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        boolean calledByAllowed = historic.getSuperProcessInstanceId() != null && mayInstances.contains(historic.getSuperProcessInstanceId());
        if (!mayInstances.contains(instance)) {
          String label = instances.entrySet().stream().filter(e -> e.getValue().equals(instance)).map(Map.Entry::getKey)
              .findFirst().orElse("below " + historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
                  .singleResult().getRootProcessInstanceId() + " (" + historyService.createHistoricProcessInstanceQuery()
                  .processInstanceId(instance).singleResult().getProcessDefinitionKey() + ")");
          if (!calledByAllowed) { // an instance the caller may see names the instances it called: ids, no data
            tokens.put(instance, "the id of instance " + label);
          }
          tokens.put(marker(label), "the marker of instance " + label);
        }
      }
      for (Task task : matrixTasks()) {
        if (!mayTasks.contains(task.getId())) {
          String what = "task " + task.getTaskDefinitionKey() + " of " + task.getProcessInstanceId();
          tokens.put(task.getId(), "the id of " + what);
          tokens.put(note(task.getId()), "the local variable of " + what);
          tokens.put(comment(task.getId()), "the comment on " + what);
          tokens.put(attachment(task.getId()), "the attachment of " + what);
        }
      }
      for (Role other : Role.values()) {
        if (other != role && role != Role.ADMINISTRATOR && other != Role.ADMINISTRATOR) {
          tokens.put(identityService.createUserQuery().userId(users.get(other)).singleResult().getEmail(), "the e-mail of " + other);
        }
      }
      Set<String> codes = new TreeSet<>();
      switch (role) {
        case OFFICIAL, OFFICE -> {
          codes.addAll(committeesB);
          codes.add(wardA2);
        }
        case OTHER_SECRETARIAT -> codes.addAll(committeesA);
        case PROCESS_OWNER -> {
          codes.addAll(committeesA);
          codes.addAll(committeesB);
        }
        case ADMINISTRATOR -> { }
      }
      // a file: who may see what it is attached to (SECURITY.md, README "Attachments")
      tokens.put(file("item A"), "the file of an item of province A");
      if (role != Role.OTHER_SECRETARIAT) {
        tokens.put(file("item B"), "the file of an item of province B");
        tokens.put(file("resolution B"), "the text of province B's resolution");
      }
      if (role != Role.ADMINISTRATOR) {
        administrationOnly.forEach(token -> tokens.put(token, "an administrator's (batch, history clean-up job, private filter)"));
      } else {
        tokens.clear();
      }
      forbidden.put(role, tokens);
      forbiddenCodes.put(role, codes);
      samples.put(role, samples(role, mayInstances, mayTasks, role == Role.OFFICIAL || role == Role.OFFICE ? wardA2 : cityA,
          resolutionId(role == Role.OTHER_SECRETARIAT ? rolloutA : rolloutB), batch, filter.getId()));
      long foreignResolution = resolutionId(role == Role.OTHER_SECRETARIAT ? rolloutA : rolloutB);
      samples.get(role).put("item", String.valueOf(issuersItem(foreignResolution)));
      samples.get(role).put("attachment", String.valueOf(files.get(role == Role.OTHER_SECRETARIAT ? "item A" : "item B")));
      samples.get(role).put("document", jdbc.sql("""
              SELECT d.id FROM document_number d JOIN resolution r ON r.issuing_committee = d.committee_code
              WHERE r.id = :r ORDER BY d.id""").param("r", foreignResolution).query(Long.class).list().stream()
          .findFirst().map(String::valueOf).orElse(NO_SUCH_ID));
      samples.get(role).put("inspection", jdbc.sql("SELECT id FROM inspection ORDER BY id").query(Long.class).list().stream()
          .findFirst().map(String::valueOf).orElse(NO_SUCH_ID));
    }
  }

  @AfterAll
  void removeTheAnnouncedDay() {
    jdbc.sql("DELETE FROM announced_day WHERE announced_on IN (:days)")
        .param("days", List.of(LocalDate.parse(ANNOUNCED_DAY), LocalDate.parse(DAY_TO_ANNOUNCE))).update();
  }

  Set<String> allMatrixInstances() {
    Set<String> all = new TreeSet<>(instances.values());
    for (String root : instances.values()) {
      all.addAll(historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).unlimitedList().stream()
          .map(i -> i.getId()).toList());
    }
    return all;
  }

  List<Task> matrixTasks() {
    List<Task> tasks = new ArrayList<>();
    for (String instance : allMatrixInstances()) {
      tasks.addAll(taskService.createTaskQuery().processInstanceId(instance).list());
    }
    return tasks;
  }

  Set<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).unlimitedList().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  static String marker(String label) {
    return "MATRIX[" + label + "]";
  }

  static String note(String taskId) {
    return "MATRIX-NOTE[" + taskId + "]";
  }

  static String comment(String taskId) {
    return "MATRIX-COMMENT[" + taskId + "]";
  }

  static String attachment(String taskId) {
    return "MATRIX-ATTACHMENT[" + taskId + "]";
  }

  /** The name of one of the product's files. */
  static String file(String label) {
    return "MATRIX-FILE[" + label + "].pdf";
  }

  /** The first item of the programme of the committee that issued the resolution. */
  long issuersItem(long resolution) {
    return jdbc.sql("""
            SELECT i.id FROM programme_item i JOIN programme p ON p.id = i.programme_id
            JOIN resolution r ON r.id = p.resolution_id AND r.issuing_committee = p.committee_code
            WHERE r.id = :r ORDER BY i.id""").param("r", resolution).query(Long.class).list().get(0);
  }

  /** Sends a file as the administrator through /api, as an office would; its id. */
  long adminUpload(String path, String label) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD_OF_ADMIN)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=matrix")
        .POST(HttpRequest.BodyPublishers.ofString(filePart(file(label)))).build();
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      return JSON.readTree(answer.body()).get(0).get("id").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A multipart body with one PDF in a part named files (the product's uploads). */
  static String filePart(String name) {
    return "--matrix\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n% " + name + "\n%%EOF\n\r\n--matrix--\r\n";
  }

  /** For each kind of path parameter, something the caller may not see (or, for an administrator, anything). */
  Map<String, String> samples(Role role, Set<String> mayInstances, Set<String> mayTasks, String foreignCommittee,
      long foreignResolution, Batch batch, String filterId) {
    Map<String, String> sample = new TreeMap<>();
    Task task = matrixTasks().stream().filter(t -> role == Role.ADMINISTRATOR || !mayTasks.contains(t.getId()))
        .filter(t -> !mayInstances.contains(t.getProcessInstanceId()) || role == Role.ADMINISTRATOR)
        .findFirst().orElseThrow();
    String instance = task.getProcessInstanceId();
    sample.put("task", task.getId());
    sample.put("process-instance", instance);
    sample.put("execution", task.getExecutionId());
    sample.put("varName", "matrixMarker");
    sample.put("commentId", taskService.getTaskComments(task.getId()).stream().map(Comment::getId).findFirst().orElse(NONE));
    sample.put("attachmentId", taskService.getTaskAttachments(task.getId()).stream().map(a -> a.getId()).findFirst().orElse(NONE));
    Job job = managementService.createJobQuery().processInstanceId(instance).list().stream().findFirst()
        .orElse(managementService.createJobQuery().list().get(0));
    sample.put("job", job.getId());
    sample.put("job-definition", job.getJobDefinitionId() == null ? batch.getSeedJobDefinitionId() : job.getJobDefinitionId());
    sample.put("batch", batch.getId());
    sample.put("filter", filterId);
    sample.put("user", users.get(role == Role.OTHER_SECRETARIAT ? Role.OFFICE : Role.OTHER_SECRETARIAT));
    sample.put("group", group(foreignCommittee, Organ.OFFICE));
    sample.put("authorization", authorizationService.createAuthorizationQuery().groupIdIn(group(foreignCommittee, Organ.OFFICE))
        .list().stream().map(Authorization::getId).findFirst().orElse(NONE));
    sample.put("variable-instance", runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
        .variableName("matrixMarker").singleResult() == null ? NONE
        : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).variableName("matrixMarker").singleResult().getId());
    sample.put("history/process-instance", instance);
    sample.put("history/activity-instance", historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .list().stream().map(HistoricActivityInstance::getId).findFirst().orElse(NONE));
    sample.put("history/variable-instance", historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("matrixMarker").list().stream().map(v -> v.getId()).findFirst().orElse(NONE));
    sample.put("history/detail", historyService.createHistoricDetailQuery().processInstanceId(instance).list().stream()
        .map(HistoricDetail::getId).findFirst().orElse(NONE));
    sample.put("history/job-log", historyService.createHistoricJobLogQuery().processInstanceId(instance).list().stream()
        .map(HistoricJobLog::getId).findFirst().orElse(NONE));
    sample.put("history/batch", batch.getId());
    sample.put("history/user-operation", historyService.createUserOperationLogQuery().processInstanceId(instance).list().stream()
        .map(UserOperationLogEntry::getOperationId).findFirst().orElse(NONE));
    sample.put("deployment", repositoryService.createProcessDefinitionQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
        .latestVersion().singleResult().getDeploymentId());
    sample.put("resourceId", repositoryService.getDeploymentResources(sample.get("deployment")).get(0).getId());
    sample.put("process-definition", repositoryService.createProcessDefinitionQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
        .latestVersion().singleResult().getId());
    sample.put("process-definition/key", ResolutionRolloutProcess.KEY);
    sample.put("decision-definition", repositoryService.createDecisionDefinitionQuery().latestVersion().list().get(0).getId());
    sample.put("decision-definition/key", repositoryService.createDecisionDefinitionQuery().latestVersion().list().get(0).getKey());
    sample.put("committee", foreignCommittee);
    sample.put("resolution", String.valueOf(foreignResolution));
    sample.put("date", ANNOUNCED_DAY);
    return sample;
  }

  // ---------------------------------------------------------------------------------------------
  // the matrix

  static Map<String, Classified> table() {
    Map<String, Classified> table = new TreeMap<>();
    try (InputStream in = LeakMatrixIT.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        return table;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        table.put(columns[0] + " " + columns[1], new Classified(Expectation.valueOf(columns[2]), columns.length > 3 ? columns[3] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** The engine's operations, under /engine-rest, and the product's, under /api. */
  List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    for (Operation operation : EngineRestOperations.all()) {
      all.add(new Operation(operation.method(), "/engine-rest" + operation.path(), operation.exampleBody(), operation.multipart(),
          operation.list()));
    }
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        var methods = mapping.getKey().getMethodsCondition().getMethods();
        for (var method : methods) {
          all.add(new Operation(method.name(), pattern, null, pattern.contains("import") || pattern.endsWith("/attachments"), false));
        }
      }
    }
    return all;
  }

  @Test
  void shouldClassifyEveryOperation() {
    Map<String, Classified> table = table();
    Set<String> operations = operations().stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));

    Set<String> unclassified = new TreeSet<>(operations);
    unclassified.removeAll(table.keySet());
    Set<String> stale = new TreeSet<>(table.keySet());
    stale.removeAll(operations);

    assertThat(unclassified).as("operations the matrix does not know: classify them in " + TABLE).isEmpty();
    assertThat(stale).as("classified operations that no longer exist").isEmpty();
  }

  @Test
  void shouldLeakNothingAndChangeNothingThatIsNotTheCallers() throws IOException {
    Map<String, Classified> table = table();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> failures = new ArrayList<>();
    for (Operation operation : operations()) {
      Classified classified = table.getOrDefault(operation.key(), new Classified(
          operation.reads() ? Expectation.SCAN : Expectation.REFUSED, "unclassified"));
      for (Role role : Role.values()) {
        if (classified.expectation() == Expectation.OWN) {
          continue;
        }
        boolean changes = !operation.reads() && classified.expectation() != Expectation.NO_STATE
            && classified.expectation() != Expectation.SCAN_KNOWN_LIMIT;
        if (changes && role == Role.ADMINISTRATOR) {
          continue; // an administrator may change anything: not called, the data stays for the other roles
        }
        String before = changes ? fingerprint() : null;
        HttpRequest request = request(role, operation);
        String sent = request.uri() + " " + bodyOf(role, operation);
        HttpResponse<String> answer = send(client, request);
        String problem = judge(role, operation, classified, answer, sent);
        if (changes && !before.equals(fingerprint())) {
          problem = "changed stored state" + (problem == null ? "" : "; " + problem);
        }
        calls.add(new Call(role, operation.method(), operation.path(), answer.statusCode(), problem));
        if (problem != null) {
          failures.add(role + " " + operation.key() + " → " + answer.statusCode() + ": " + problem);
        }
      }
    }
    writeReport();
    writeSuggestedTable();
    assertThat(failures).as("the leak matrix (" + calls.size() + " calls; target/leak-matrix.tsv)").isEmpty();
  }

  String judge(Role role, Operation operation, Classified classified, HttpResponse<String> answer, String sent) {
    int status = answer.statusCode();
    if (status >= 500) {
      return "server error: " + abbreviate(answer.body());
    }
    if (role == Role.ADMINISTRATOR) {
      return null;
    }
    // a refusal names the resource refused, and with it the instance it belongs to: ids there are no leak
    String leaked = leaked(role, answer.body(), classified.expectation() == Expectation.SCAN_KNOWN_LIMIT ? sent + batchId : sent,
        status == 403);
    if (leaked != null) {
      return "shows " + leaked;
    }
    return switch (classified.expectation()) {
      case SCAN, SCAN_KNOWN_LIMIT, NO_STATE, OWN -> null;
      case ADMIN -> status == 401 || status == 403 || status == 404 || empty(answer.body()) ? null
          : "an administrator's read answered " + abbreviate(answer.body());
      case REFUSED -> status == 403 || status == 404 ? null : "not refused: " + abbreviate(answer.body());
      case REFUSED_OR_INVALID -> status == 403 || status == 404 || status == 400 || status == 409 ? null
          : "not refused: " + abbreviate(answer.body());
      case REFUSED_OR_NO_OP -> status == 403 || status == 404 || status == 400 || status == 409 || status < 300 ? null
          : "not refused: " + abbreviate(answer.body());
    };
  }

  static boolean empty(String body) {
    String trimmed = body == null ? "" : body.strip();
    return trimmed.isEmpty() || trimmed.equals("[]") || trimmed.equals("{\"count\":0}") || trimmed.equals("null");
  }

  /** A marker, id, code or address the caller may not see, in an answer; not one they sent themselves (an answer may repeat it). */
  String leaked(Role role, String body, String sent, boolean refusal) {
    if (body == null) {
      return null;
    }
    for (Map.Entry<String, String> token : forbidden.get(role).entrySet()) {
      if (body.contains(token.getKey()) && !sent.contains(token.getKey())
          && !(refusal && UUID_LIKE.matcher(token.getKey()).matches())) {
        return token.getValue() + " (" + token.getKey() + ")";
      }
    }
    for (String code : forbiddenCodes.get(role)) {
      if (!sent.contains(code) && Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(code) + "(?![a-z0-9])").matcher(body).find()) {
        return "committee " + code;
      }
    }
    return null;
  }

  static String abbreviate(String body) {
    String text = body == null ? "" : body.replaceAll("\\s+", " ");
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  // ---------------------------------------------------------------------------------------------
  // requests

  static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  String kind(String path, String parameter) {
    String[] segments = path.replaceFirst("^/(engine-rest|api)/", "").split("/");
    String first = segments[0];
    if (path.startsWith("/api/")) {
      return switch (parameter) {
        case "code" -> "committee";
        case "id" -> switch (first) {
          case "items" -> "item";
          case "documents" -> "document";
          case "attachments" -> "attachment";
          case "inspections" -> "inspection";
          default -> "resolution";
        };
        case "kind" -> "kind";
        default -> parameter;
      };
    }
    return switch (parameter) {
      case "id" -> first.equals("history") ? "history/" + segments[1] : first;
      case "key" -> first + "/key";
      case "varName", "commentId", "attachmentId", "resourceId" -> parameter;
      case "operationId" -> "history/user-operation";
      case "metrics-name" -> "metrics-name";
      case "userId" -> "user";
      case "groupId" -> "group";
      default -> NONE;
    };
  }

  String path(Role role, Operation operation) {
    Matcher matcher = PARAMETER.matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String kind = kind(operation.path(), matcher.group(1));
      String value = switch (kind) {
        case "kind" -> "MID_TERM";
        case "metrics-name" -> "activity-instance-start";
        default -> samples.get(role).getOrDefault(kind, NONE);
      };
      matcher.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }
    matcher.appendTail(path);
    String query = "";
    if (operation.list()) {
      query = "?firstResult=0&maxResults=200";
    }
    if (operation.path().equals("/api/holidays") && operation.reads()) {
      query = "?year=" + ANNOUNCED_DAY.substring(0, 4);
    } else if (operation.path().startsWith("/api/") && !operation.path().contains("/resolutions/")) {
      query = (query.isEmpty() ? "?" : query + "&") + "resolution=" + samples.get(role).get("resolution");
    }
    return path + query;
  }

  HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The JSON body a change is sent with ("" for a read or an upload). */
  String bodyOf(Role role, Operation operation) {
    if (operation.reads() || operation.multipart()) {
      return "";
    }
    JsonNode body = operation.path().startsWith("/api/") ? apiBody(role, operation)
        : operation.exampleBody() == null ? JSON.createObjectNode() : retarget(role, operation.exampleBody().deepCopy());
    if (body instanceof ObjectNode object && object.has("authenticatedUserPassword")) {
      object.put("authenticatedUserPassword", password(role)); // a wrong one would count as a failed login
    }
    return body.toString();
  }

  String password(Role role) {
    return role == Role.ADMINISTRATOR ? PASSWORD_OF_ADMIN : PASSWORD;
  }

  HttpRequest request(Role role, Operation operation) {
    String user = users.get(role);
    String password = password(role);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path(role, operation)))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (operation.reads()) {
      request.GET();
    } else if (operation.multipart() && operation.path().endsWith("/attachments")) {
      request.header("Content-Type", "multipart/form-data; boundary=matrix")
          .method(operation.method(), HttpRequest.BodyPublishers.ofString(filePart(file("sent by " + role))));
    } else if (operation.multipart()) {
      String boundary = "matrix";
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"matrix.bpmn\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
      request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.header("Content-Type", "application/json")
          .method(operation.method(), HttpRequest.BodyPublishers.ofString(bodyOf(role, operation)));
    }
    return request.build();
  }

  /** A request of the product's API aimed at a committee or a resolution the caller may not change. */
  JsonNode apiBody(Role role, Operation operation) {
    ObjectNode body = JSON.createObjectNode();
    if (operation.path().equals("/api/resolutions")) {
      body.put("symbol", "99-NQ/TU").put("title", "Nghị quyết thử ma trận").put("issuingCommittee", samples.get(role).get("committee"))
          .put("termFrom", "2025-10-01").put("termTo", "2030-09-30").put("studyDue", "2026-01-31")
          .put("programmeDue", "2026-03-31").put("finalReportCutoff", "2030-08-31");
    } else if (operation.path().endsWith("/inspection-cycle")) {
      body.put("inspectionCycle", "R/P1M");
    } else if (operation.path().equals("/api/programmes/check")) {
      body.putObject("programme").putArray("items").addObject().put("content", "Nội dung thử").put("output", "01 báo cáo");
    } else if (operation.path().equals("/api/holidays")) {
      body.put("date", DAY_TO_ANNOUNCE).put("name", "Nghỉ thử ma trận").put("kind", "DAY_OFF");
    }
    return body;
  }

  /** The example body of an operation, its ids replaced by ids of things the caller may not touch. */
  JsonNode retarget(Role role, JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String kind = kindOfField(field.getKey());
        if (kind != null && field.getValue().isTextual()) {
          field.setValue(new TextNode(samples.get(role).getOrDefault(kind, NONE)));
        } else if (kind != null && field.getValue().isArray()) {
          ArrayNode ids = JSON.createArrayNode().add(samples.get(role).getOrDefault(kind, NONE));
          field.setValue(ids);
        } else {
          retarget(role, field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> retarget(role, element));
    }
    return node;
  }

  static String kindOfField(String field) {
    String name = field.replaceFirst("(Ids|Id|IdIn)$", "");
    return switch (name) {
      case "processInstance", "superProcessInstance", "subProcessInstance", "rootProcessInstance" -> "process-instance";
      case "task" -> "task";
      case "execution" -> "execution";
      case "job" -> "job";
      case "jobDefinition" -> "job-definition";
      case "batch" -> "batch";
      case "user", "assignee", "owner" -> field.equals("user") || field.endsWith("Id") || field.endsWith("Ids") ? "user" : null;
      case "group" -> "group";
      case "historicProcessInstance" -> "history/process-instance";
      case "processDefinition" -> field.endsWith("Key") ? "process-definition/key" : "process-definition";
      case "processDefinitionKey" -> "process-definition/key";
      case "decisionDefinition" -> "decision-definition";
      case "deployment" -> "deployment";
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // state

  static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB",
      "ACT_RU_JOBDEF", "ACT_RU_INCIDENT", "ACT_RU_IDENTITYLINK", "ACT_RU_EVENT_SUBSCR", "ACT_RU_EXT_TASK", "ACT_RU_BATCH",
      "ACT_RU_FILTER", "ACT_RU_AUTHORIZATION", "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_RE_DECISION_DEF", "ACT_ID_USER",
      "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT", "ACT_ID_TENANT_MEMBER", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT",
      "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "committee", "committee_organ", "official",
      "unit", "resolution", "rollout", "programme", "programme_item", "study_report", "review_report", "inspection",
      "announced_day", "attachment", "document_number", "document_register");
  static final Set<String> WITHOUT_REVISION = Set.of("ACT_ID_MEMBERSHIP", "ACT_ID_TENANT_MEMBER", "ACT_RU_IDENTITYLINK",
      "ACT_RU_EVENT_SUBSCR", "ACT_HI_COMMENT", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_DETAIL", "ACT_RE_DEPLOYMENT",
      "ACT_HI_ATTACHMENT", "committee", "committee_organ", "official", "unit", "resolution", "rollout", "programme",
      "programme_item", "study_report", "review_report", "inspection", "announced_day", "attachment", "document_number",
      "document_register");

  /** What an operation could have changed: each table's rows and, where the engine keeps one, the sum of their revisions. */
  String fingerprint() {
    String sql = TABLES.stream()
        .map(table -> "SELECT '" + table + "' AS t, COUNT(*) AS n, " + (WITHOUT_REVISION.contains(table) ? "0" : "COALESCE(SUM(REV_), 0)")
            + " AS r FROM " + table)
        .collect(Collectors.joining(" UNION ALL "));
    return jdbc.sql(sql).query((rs, i) -> rs.getString(1) + ":" + rs.getLong(2) + "/" + rs.getLong(3)).list().toString();
  }

  /** What the table could say of each operation, from what the calls answered: for whoever classifies a new one. */
  void writeSuggestedTable() throws IOException {
    Set<String> reads = operations().stream().filter(Operation::reads).map(Operation::path).collect(Collectors.toSet());
    Map<String, Classified> table = table();
    StringBuilder suggested = new StringBuilder();
    for (Operation operation : operations()) {
      List<Integer> statuses = calls.stream().filter(c -> c.role() != Role.ADMINISTRATOR && c.method().equals(operation.method())
          && c.path().equals(operation.path())).map(Call::status).distinct().sorted().toList();
      String expectation;
      if (operation.reads()) {
        expectation = statuses.stream().allMatch(status -> status == 403 || status == 404 || status == 401) ? "ADMIN" : "SCAN";
      } else if (reads.contains(operation.path()) || operation.path().endsWith("/count")) {
        expectation = "NO_STATE";
      } else if (statuses.stream().allMatch(status -> status == 403 || status == 404)) {
        expectation = "REFUSED";
      } else if (statuses.stream().allMatch(status -> status == 403 || status == 404 || status == 400)) {
        expectation = "REFUSED_OR_INVALID";
      } else {
        expectation = "REFUSED_OR_NO_OP";
      }
      Classified known = table.get(operation.key());
      suggested.append(operation.method()).append('\t').append(operation.path()).append('\t')
          .append(known == null ? expectation : known.expectation().name()).append('\t')
          .append(known == null ? "answered " + statuses : known.why()).append('\n');
    }
    Path file = Path.of("target", "leak-matrix-suggested.tsv");
    Files.writeString(file, suggested.toString());
  }

  void writeReport() throws IOException {
    Path report = Path.of("target", "leak-matrix-" + (TestDatabase.isPostgres() ? "postgres" : "h2") + ".tsv");
    Files.createDirectories(report.getParent());
    Files.writeString(report, calls.stream()
        .map(call -> String.join("\t", call.role().name(), call.method(), call.path(), String.valueOf(call.status()),
            call.problem() == null ? "" : call.problem()))
        .collect(Collectors.joining("\n", "role\tmethod\tpath\tstatus\tproblem\n", "\n")));
  }
}
