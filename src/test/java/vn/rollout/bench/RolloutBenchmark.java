package vn.rollout.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.DraftItem;
import vn.rollout.programme.quality.ProgrammeItem;
import vn.rollout.programme.quality.ProgrammeQualityCheck;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.RegisterResolution;
import vn.rollout.resolution.ResolutionRegistration;
import vn.rollout.security.InstanceAccess;
import vn.rollout.support.NodeProcess;
import vn.rollout.support.OrganisationFixture;
import vn.rollout.support.TestDatabase;

/**
 * The benchmark harness: every figure of BENCHMARKS.md, each product figure next to a baseline
 * measured in the same run on the same database (the build machines are shared and noisy).
 *
 * <p>Run {@code ./mvnw -Pbench verify} (quick size, embedded PostgreSQL); {@code -Dbench.size=full}
 * for the national tree, {@code -Dbench.db=h2} for H2. It prints a table and writes
 * {@code target/benchmarks/results.json} and {@code results.md}. {@code ./mvnw verify} runs it once on
 * the tiny size as a smoke test of the harness itself; its figures mean nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    // an idle job executor wakes up often, so that a burst is picked up when it falls due, in the
    // baseline and in the product's figure alike
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=500",
    "management.endpoint.health.group.readiness.include=readinessState,db,processEngine,jobExecutor"})
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
class RolloutBenchmark {

  static final String OFFICIAL = "bench-official";
  static final String OFFICIAL_PASSWORD = "Do@Toc-2026";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @Autowired ProcessEngine engine;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired TestRestTemplate http;
  @Autowired ProgrammeQualityCheck programmeCheck;
  @Autowired ResolutionRegistration registration;
  @Autowired DataSource dataSource;
  @Autowired Deadlines deadlines;
  @Autowired InstanceAccess instanceAccess;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;
  @Value("${spring.datasource.url}") String jdbcUrl;
  /**
   * One client per user (keyed by user and password) for the whole run, as a browser keeps its connections
   * open ({@link #as}). Until this was kept, each request built a client of its own ({@code withBasicAuth}): a
   * new JDK HttpClient with its own selector and worker threads and a new connection, all inside the measured
   * time and on the same two cores as the application (BENCHMARKS.md, "The harness's client").
   */
  private final Map<String, TestRestTemplate> clients = new java.util.concurrent.ConcurrentHashMap<>();

  final Size size = Size.of(System.getProperty("bench.size", "quick"));
  final List<Figure> figures = new ArrayList<>();

  /** {@code -Dbench.figures=cascade,tasklist}: only these figures (and the baselines); all by default. */
  private static boolean selected(String figure) {
    String only = System.getProperty("bench.figures", "");
    return only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(figure);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void measure() throws Exception {
    // the figures measured so far are written even when a later one fails: a full run takes over half an hour
    Files.deleteIfExists(Path.of("target", "benchmarks", "results.md"));
    Files.deleteIfExists(Path.of("target", "benchmarks", "results.json"));
    try {
      measureFigures();
    } finally {
      report();
    }
    // a figure with a target is a rate or a time; one without may count nothing (no job gave way at the tiny size)
    assertThat(figures).allSatisfy(figure -> assertThat(figure.value()).as(figure.name())
        .isGreaterThanOrEqualTo(0).matches(value -> figure.target() == null || value > 0, "positive"));
  }

  private void measureFigures() throws Exception {
    double bareStarts = profiled("bare-starts", this::bareStartsWithTasks);
    double bareTimers = profiled("bare-timers", this::bareTimerBurst);
    if (selected("burst")) {
      profiled("burst", () -> {
        deadlineBurst(bareTimers);
        return null;
      });
    }
    if (selected("cascade")) {
      profiled("cascade", () -> {
        cascade(bareStarts);
        return null;
      });
      heapAfterCascade();
    }
    if (selected("import")) {
      organisationImport();
    }
    if (selected("tasklist")) {
      profiled("tasklist", () -> {
        taskQueries();
        return null;
      });
    }
    if (selected("status") || selected("dashboard")) {
      provinceStatus();
    }
    if (selected("check")) {
      programmeCheck();
    }
    if (selected("startup")) {
      startUp();
    }
    if (selected("pgbench")) {
      pgbench(bareStarts);
    }
    assertThat(bareTimers).isPositive();
  }

  /**
   * Baseline for the cascade: starts per second of a bare process with one user task and one
   * boundary timer, with full history and authorizations on. Its tasks (one candidate group each,
   * spread over one group per committee) are also the open tasks of the Tasklist measurement.
   */
  private double bareStartsWithTasks() {
    deploy(Bpmn.createExecutableProcess("BenchBareTask").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Bare").camundaCandidateGroups("${group}")
        // far beyond every instant the engine clock is moved to in this run: these timers never fire
        .boundaryEvent("Timer_Bare").timerWithDuration("P50Y").endEvent()
        .moveToActivity("Task_Bare").endEvent()
        .done());
    int tasks = size.tasks();
    long start = System.nanoTime();
    for (int i = 0; i < tasks; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("BenchBareTask",
          Map.of("group", group(i % size.committees())));
    }
    double rate = tasks / seconds(start);
    figures.add(Figure.informative("Bare starts (process with a user task and a boundary timer)", rate, "starts/s"));
    return rate;
  }

  /**
   * The deadline burst: N rollouts, each of a committee with one subordinate that has sent nothing,
   * whose mid-term report cut-off falls at the same instant. Rows are written in batches and the
   * rollouts started at their mid-term review (as they stand after the programme phase); the report
   * opening is fired first, then the clock moves past the cut-off and the job executor fires the N
   * cut-off timers: measured until every timer has fired and every escalation ("Đôn đốc cấp dưới
   * chậm báo cáo") exists. Against the bare timer burst of the same size.
   */
  private void deadlineBurst(double bareTimers) {
    int rollouts = size.burst();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    String root = new OrganisationFixture(jdbc).committee("burst-root", "Tỉnh ủy Thử nghiệm", "TU", null, Organ.values());
    List<Object[]> committees = new ArrayList<>();
    List<Object[]> organs = new ArrayList<>();
    for (int i = 0; i < rollouts; i++) {
      committees.add(new Object[] {"burst-" + i, "Đảng ủy xã số " + (i + 1), "ĐU", root, 1});
      organs.add(new Object[] {"burst-" + i, Organ.OFFICE.key()});
      organs.add(new Object[] {"burst-" + i, Organ.STANDING_COMMITTEE.key()});
    }
    for (int i = 0; i < rollouts; i++) {
      committees.add(new Object[] {"burst-" + i + "-1", "Chi bộ số 1", "CB", "burst-" + i, 2});
    }
    template.batchUpdate("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (?, ?, ?, ?, ?)", committees);
    template.batchUpdate("INSERT INTO committee_organ (committee_code, organ) VALUES (?, ?)", organs);

    LocalDate cutoff = LocalDate.of(2029, 4, 20);
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO resolution (symbol, title, issuing_committee, term_from, term_to, study_due, programme_due,
                                    mid_term_report_cutoff, mid_term_conference_by, final_report_cutoff, registered_at)
            VALUES ('09-NQ/TU', 'Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng', :root, DATE '2026-10-01',
                    DATE '2031-09-30', DATE '2027-01-31', DATE '2027-03-31', :cutoff, DATE '2029-06-10',
                    DATE '2031-08-31', CURRENT_TIMESTAMP)""")
        .param("root", root)
        .param("cutoff", cutoff)
        .update(keys, "id");
    long resolution = keys.getKeyAs(Number.class).longValue();
    template.batchUpdate("""
            INSERT INTO rollout (resolution_id, committee_code, started_at, phase)
            VALUES (?, ?, CURRENT_TIMESTAMP, 'EXECUTION')""",
        java.util.stream.IntStream.range(0, rollouts).mapToObj(i -> new Object[] {resolution, "burst-" + i}).toList());
    Map<String, Long> rolloutIds = new java.util.HashMap<>();
    jdbc.sql("SELECT committee_code, id FROM rollout WHERE resolution_id = :r").param("r", resolution)
        .query(rs -> {
          rolloutIds.put(rs.getString(1), rs.getLong(2));
        });

    Date opens = deadlines.reviewOpens(cutoff);
    Date due = Deadlines.endOfDay(cutoff);
    var runtime = engine.getRuntimeService();
    long setUp = System.nanoTime();
    List<Object[]> instances = new ArrayList<>();
    for (int i = 0; i < rollouts; i++) {
      String code = "burst-" + i;
      String instance = runtime.createProcessInstanceByKey(ResolutionRolloutProcess.KEY)
          .businessKey(ResolutionRolloutProcess.businessKey(resolution, code))
          .setVariables(org.camunda.bpm.engine.variable.Variables.createVariables()
              .putValue(Variables.RESOLUTION_ID, resolution)
              .putValue(Variables.ROLLOUT_ID, rolloutIds.get(code))
              .putValue(Variables.COMMITTEE_CODE, code)
              .putValue(Variables.LEVEL, 0)
              .putValue(Variables.MID_TERM_REPORT_OPENS, opens)
              .putValue(Variables.MID_TERM_REPORT_CUTOFF, due)
              .putValue(Variables.MID_TERM_CONFERENCE_BY, Deadlines.endOfDay(LocalDate.of(2029, 6, 10)))
              .putValue(Variables.OFFICE_GROUP, code + "." + Organ.OFFICE.key())
              .putValue(Variables.STANDING_COMMITTEE_GROUP, code + "." + Organ.STANDING_COMMITTEE.key()))
          .startBeforeActivity(ResolutionRolloutProcess.SUB_PROCESS_MID_TERM_REVIEW)
          .execute().getId();
      instanceAccess.grantToCommitteeChain(instance, code);
      instances.add(new Object[] {instance, rolloutIds.get(code)});
    }
    template.batchUpdate("UPDATE rollout SET process_instance_id = ? WHERE id = ?", instances);
    double setUpSeconds = seconds(setUp);

    var jobs = engine.getManagementService();
    // the report opens (1 February): its N timers fire first, the office's report tasks appear
    ClockUtil.offset(opens.getTime() + 60_000 - System.currentTimeMillis());
    long opening = System.nanoTime();
    awaitNoJobsOf(CommitteeReviewProcess.TIMER_REPORT_OPENS, Duration.ofMinutes(30));
    double openingRate = rollouts / seconds(opening);

    // the cut-off: N timers at the same instant, each listing the late subordinates and escalating
    ClockUtil.offset(due.getTime() + 60_000 - System.currentTimeMillis());
    long start = System.nanoTime();
    List<String> cutoffTimers = jobDefinitions(CommitteeReviewProcess.TIMER_SUBORDINATES_REPORT_CUTOFF);
    poll(Duration.ofMinutes(60), BURST_POLL, () -> noJobsOf(cutoffTimers)
            && engine.getTaskService().createTaskQuery().processDefinitionKey(CommitteeReviewProcess.KEY)
            .taskDefinitionKey(CommitteeReviewProcess.TASK_REMIND_LATE_REPORTERS).count() == rollouts);
    double rate = rollouts / seconds(start);
    // each escalation's mail goes out in a job of its own after the cut-off's (Mails): until every one
    // has been delivered (claimed; the burst's offices have no members with an email)
    poll(Duration.ofMinutes(60), BURST_POLL, () ->
        jdbc.sql("""
                SELECT COUNT(*) FROM reminder r JOIN rollout o ON o.id = r.rollout_id
                 WHERE o.resolution_id = :resolution AND r.kind = 'REVIEW_LATE' AND r.sent_at IS NOT NULL""")
            .param("resolution", resolution).query(Long.class).single() == rollouts);
    double mailedRate = rollouts / seconds(start);
    ClockUtil.reset();
    assertThat(jobs.createJobQuery().withException().count()).as("failed jobs").isZero();
    figures.add(Figure.informative("Deadline burst set-up: " + rollouts + " rollouts started at their mid-term review",
        rollouts / setUpSeconds, "rollouts/s"));
    figures.add(Figure.againstBaseline("Review reports open: " + rollouts + " timers due at once", openingRate,
        "jobs/s", "bare timer burst", bareTimers, null, true));
    figures.add(Figure.againstBaseline("Deadline burst: " + rollouts + " mid-term cut-offs due at once, until every escalation exists",
        rate, "jobs/s", "bare timer burst", bareTimers, 0.8, true));
    figures.add(Figure.againstBaseline("Deadline burst: " + rollouts + " mid-term cut-offs, until every escalation's mail is delivered",
        mailedRate, "jobs/s", "bare timer burst", bareTimers, null, true));
  }

  /**
   * How long Tasklist is measured while the cascade runs (at most: until it ends): at full size the cascade
   * takes many minutes, and while requests run the job executor gives way to them.
   */
  static final Duration PROBE_WINDOW = Duration.ofSeconds(Long.getLong("bench.probeSeconds", 120));

  /**
   * How often a burst's end is looked for. The polls are the harness's own load on the database during a
   * figure, so each is an indexed count (jobs by job definition, ACT_IDX_JOB_JOB_DEF_ID): at full size the
   * earlier polls by activity id (a join on ACT_RU_JOBDEF) and by process definition key took 50–100 ms each,
   * five times a second, a fifth of the database's time in the deadline burst.
   */
  static final Duration BURST_POLL = Duration.ofMillis(500);

  /** Until no job of the activity is left (every timer of a burst has fired). */
  private void awaitNoJobsOf(String activityId, Duration atMost) {
    List<String> definitions = jobDefinitions(activityId);
    poll(atMost, BURST_POLL, () -> noJobsOf(definitions));
  }

  private List<String> jobDefinitions(String activityId) {
    List<String> ids = engine.getManagementService().createJobDefinitionQuery().activityIdIn(activityId).list().stream()
        .map(org.camunda.bpm.engine.management.JobDefinition::getId)
        .toList();
    assertThat(ids).as("job definitions of " + activityId).isNotEmpty();
    return ids;
  }

  private boolean noJobsOf(List<String> jobDefinitions) {
    return jobDefinitions.stream().allMatch(id -> engine.getManagementService().createJobQuery().jobDefinitionId(id).count() == 0);
  }

  private static void poll(Duration atMost, Duration interval, java.util.concurrent.Callable<Boolean> done) {
    org.awaitility.Awaitility.await().atMost(atMost).pollInterval(interval).until(done);
  }

  /**
   * The cascade: a committee with every other committee of the tree as its direct subordinate (the
   * largest burst one registration can cause) registers a resolution; measured until every subordinate
   * has its rollout instance and its first task (the study cascade: the whole tree studies at once).
   * Against the bare start rate. Then (no target) the programme cascade: the committee approves its
   * programme, measured until every subordinate has been handed it.
   */
  private void cascade(double bareStarts) throws InterruptedException {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    OrganisationFixture organisation = new OrganisationFixture(jdbc);
    String root = organisation.committee("bench-root", "Thành ủy Đà Nẵng", "TU", null, Organ.values());
    int subordinates = size.committees() - 1;
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> organs = new ArrayList<>();
    for (int i = 0; i < subordinates; i++) {
      String code = "bench-sub-" + i;
      rows.add(new Object[] {code, "Đảng ủy phường số " + (i + 1), "ĐU", root, 1});
      organs.add(new Object[] {code, Organ.OFFICE.key()});
      organs.add(new Object[] {code, Organ.PROPAGANDA.key()});
    }
    var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    template.batchUpdate("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (?, ?, ?, ?, ?)", rows);
    template.batchUpdate("INSERT INTO committee_organ (committee_code, organ) VALUES (?, ?)", organs);

    // Tasklist while the cascade's jobs run: an official's requests in turns, 50 ms apart, until it ends or
    // for its first PROBE_WINDOW; while they run the job executor gives way (engine.RequestsFirst), so the
    // cascade's rate is also reported for that window and for the rest
    java.util.concurrent.atomic.AtomicBoolean cascading = new java.util.concurrent.atomic.AtomicBoolean(true);
    Map<String, Runnable> tasklist = selected("tasklist") ? tasklistRequests() : Map.of();
    long openTasks = engine.getTaskService().createTaskQuery().count();
    long probeStart = System.nanoTime();
    long window = PROBE_WINDOW.toNanos();
    var probe = java.util.concurrent.CompletableFuture.supplyAsync(() -> Latencies.whileRunning(
        () -> !cascading.get() || System.nanoTime() - probeStart > window, 50, List.copyOf(tasklist.values())));
    long[] probeEnded = {-1, 0}; // subordinates started when the probe ended, and when

    double delayedBefore = delayedJobs();
    long start = System.nanoTime();
    String businessKey = registration.register(new RegisterResolution("01-NQ/TU",
        "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng", root,
        LocalDate.of(2026, 10, 1), LocalDate.of(2031, 9, 30), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31),
        null, null, LocalDate.of(2031, 8, 31)), null).businessKey();
    var rootInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ResolutionRolloutProcess.KEY).processInstanceBusinessKey(businessKey).singleResult();
    long[] lastReport = {System.nanoTime()};
    // a count of the tasks of one definition key (131 ms at full size, 140,000 open tasks and more): once a second
    poll(Duration.ofHours(2), Duration.ofSeconds(1), () -> {
      // the subordinates' study tasks, and the root's own
      long started = engine.getTaskService().createTaskQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
          .taskDefinitionKey(ResolutionRolloutProcess.TASK_ORGANISE_STUDY).count() - 1;
      if (probeEnded[0] < 0 && probe.isDone()) {
        probeEnded[0] = started;
        probeEnded[1] = System.nanoTime();
      }
      // every 30 s: the job counts of the progress line cost the database up to a second at full size
      if (System.nanoTime() - lastReport[0] > 30_000_000_000L) {
        lastReport[0] = System.nanoTime();
        var jobs = engine.getManagementService().createJobQuery().processInstanceId(rootInstance.getId()).messages();
        System.out.printf(Locale.ROOT,
            "cascade after %.0f s: %d of %d started; jobs waiting: %d body, %d batches, %d subordinates' starts%n",
            seconds(start), started, subordinates,
            jobs.activityId(ResolutionRolloutProcess.SUB_PROCESS_START_SUBORDINATE_ROLLOUTS + "#multiInstanceBody").count(),
            engine.getManagementService().createJobQuery().processInstanceId(rootInstance.getId())
                .activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH).count(),
            engine.getManagementService().createJobQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
                .activityId(ResolutionRolloutProcess.START_EVENT).count());
      }
      return started == subordinates;
    });
    double rate = subordinates / seconds(start);
    cascading.set(false);
    figures.add(Figure.againstBaseline("Cascade: " + subordinates + " subordinate rollouts with their first task",
        rate, "committees/s", "bare starts", bareStarts, 0.5, true));
    Latencies[] duringCascade = probe.join();
    if (!tasklist.isEmpty() && probeEnded[0] >= 0 && probeEnded[0] < subordinates) {
      double probed = (probeEnded[1] - start) / 1e9;
      figures.add(Figure.againstBaseline("Cascade while an official's requests run (its first " + Math.round(probed) + " s, "
          + probeEnded[0] + " subordinates)", probeEnded[0] / probed, "committees/s", "bare starts", bareStarts, null, true));
      figures.add(Figure.againstBaseline("Cascade after them (" + (subordinates - probeEnded[0]) + " subordinates)",
          (subordinates - probeEnded[0]) / ((System.nanoTime() - probeEnded[1]) / 1e9), "committees/s", "bare starts",
          bareStarts, null, true));
    }
    figures.add(Figure.informative("Job runs that gave way to Tasklist's requests during the cascade (each at most "
        + "rollout.job-execution.max-job-delay)", delayedJobs() - delayedBefore, "runs"));
    int i = 0;
    for (String request : tasklist.keySet()) {
      Latencies latencies = duringCascade[i++];
      if (latencies.count() == 0) {
        continue;
      }
      String label = "Tasklist " + request + " as an official while the cascade runs, " + openTasks
          + " open tasks before it, " + latencies.count() + " requests";
      figures.add(Figure.informative(label + ", p50", latencies.percentile(50), "ms"));
      figures.add(Figure.absolute(label + ", p95", latencies.percentile(95), "ms", 50, false));
      latencies.withoutCollection().filter(calm -> calm.count() > 0).ifPresent(calm -> figures.add(Figure.informative(
          label + ": p95 of the " + calm.count() + " that met no garbage collection of the application's JVM",
          calm.percentile(95), "ms")));
    }

    // the programme cascade: the root issues its programme, each subordinate is handed it (its programme
    // phase then waits for its own study): until no subordinate waits for the root's programme any more
    var forms = engine.getFormService();
    // the root's own tasks, done as its officials would: again when Camunda answers that a cascade job changed
    // the same instance meanwhile (409 in Tasklist)
    retried(() -> forms.submitTaskForm(task(rootInstance.getId(), ResolutionRolloutProcess.TASK_ORGANISE_STUDY), Map.of(
        FormFields.SESSIONS, JsonVariables.json(List.of(Map.of("date", "2026-12-10", "audience", "KEY_OFFICIALS",
            "format", "IN_PERSON", "invited", 120, "attended", 118))),
        FormFields.MAKE_UP_SESSION, false)));
    retried(() -> forms.submitTaskForm(task(rootInstance.getId(), ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME), Map.of(
        FormFields.ITEMS, JsonVariables.json(List.of(new DraftItem(
            "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", root + "." + Organ.OFFICE.key(), List.of(),
            false, 12_000_000_000L, "20 cán bộ", "2027-01-01", "2027-12-31",
            "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa", null, null))))));
    long handing = System.nanoTime();
    retried(() -> forms.submitTaskForm(task(rootInstance.getId(), ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME),
        Map.of(FormFields.DECISION, FormFields.DECISION_APPROVE)));
    poll(Duration.ofHours(2), Duration.ofSeconds(1), () -> engine.getRuntimeService().createEventSubscriptionQuery()
        .eventName(ResolutionRolloutProcess.MESSAGE_PARENT_PROGRAMME_ISSUED).count() == 0);
    figures.add(Figure.againstBaseline("Programme cascade: " + subordinates + " subordinates handed the issued programme",
        subordinates / seconds(handing), "committees/s", "bare starts", bareStarts, null, true));
    // each subordinate goes on after the message in a job of its own (asyncAfter): until they have all run, so
    // that the figures after this one do not measure with the cascade's jobs still running behind them
    poll(Duration.ofHours(2), Duration.ofSeconds(1), () -> engine.getManagementService().createJobQuery()
        .processDefinitionKey(ResolutionRolloutProcess.KEY).activityId(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED)
        .count() == 0);
    figures.add(Figure.againstBaseline("Programme cascade: " + subordinates + " subordinates until each has gone on after it",
        subordinates / seconds(handing), "committees/s", "bare starts", bareStarts, null, true));
  }

  /** The organisation import of the generated tree (four organs a committee) through the REST API, as an administrator. */
  private void organisationImport() {
    StringBuilder csv = new StringBuilder("code,name,symbol,parent_code,organs\n");
    csv.append("imp-tw,Ban Chấp hành Trung ương,TW,,thuong-vu;van-phong;tuyen-giao;kiem-tra\n");
    int provinces = size.provinces();
    int communes = size.communes();
    int created = 1;
    for (int p = 0; p < provinces; p++, created++) {
      csv.append("imp-p").append(p).append(",Tỉnh ủy số ").append(p + 1).append(",TU,imp-tw,thuong-vu;van-phong;tuyen-giao;kiem-tra\n");
    }
    for (int c = 0; c < communes; c++, created++) {
      csv.append("imp-c").append(c).append(",Đảng ủy xã số ").append(c + 1).append(",ĐU,imp-p").append(c % provinces)
          .append(",thuong-vu;van-phong;tuyen-giao;kiem-tra\n");
    }
    for (int g = 0; created < size.committees(); g++, created++) {
      csv.append("imp-g").append(g).append(",Đảng ủy cơ sở số ").append(g + 1).append(",ĐU,imp-c").append(g % communes)
          .append(",thuong-vu;van-phong;tuyen-giao;kiem-tra\n");
    }
    var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    body.add("committees", new org.springframework.core.io.ByteArrayResource(
        csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "committees.csv";
      }
    });
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    long start = System.nanoTime();
    var answer = as("admin", TestDatabase.ADMIN_PASSWORD).postForEntity("/api/organisation/import",
        new org.springframework.http.HttpEntity<>(body, headers), String.class);
    double took = seconds(start);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    figures.add(Figure.absolute("Organisation import: " + size.committees() + " committees, four organs each (REST)",
        took, "s", 600, false));
  }

  private String task(String processInstanceId, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).singleResult().getId();
  }

  /** Baseline for the deadline burst: bare timer jobs due at the same instant, fired by the job executor. */
  private double bareTimerBurst() {
    deploy(Bpmn.createExecutableProcess("BenchBareTimer").camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("Timer_Due").timerWithDate("${due}").endEvent().done());
    Date due = Date.from(Instant.now().plus(Duration.ofDays(400)));
    int timers = size.burst();
    for (int i = 0; i < timers; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("BenchBareTimer", Map.of("due", due));
    }
    long start = System.nanoTime();
    ClockUtil.offset(due.getTime() + 1_000 - System.currentTimeMillis());
    // the timer's job ends its instance: no job left, every instance has ended
    awaitNoJobsOf("Timer_Due", Duration.ofMinutes(30));
    double rate = timers / seconds(start);
    ClockUtil.reset();
    figures.add(Figure.informative("Bare timer burst (" + timers + " timers due at once)", rate, "jobs/s"));
    return rate;
  }

  /**
   * Tasklist, as an official through the REST API over HTTP Basic: p50 and p95 of the shared filter
   * "Việc của đơn vị" ({@code /engine-rest/filter/{id}/list}) as JSON and as Tasklist itself asks for it
   * (POST, HAL with the cards' variables embedded, sorted), and of the candidate-group task query, with
   * Camunda's authorization checks on, against the same requests with them off (same run, same data).
   */
  private void taskQueries() {
    long openTasks = engine.getTaskService().createTaskQuery().count();
    for (var request : tasklistRequests().entrySet()) {
      Latencies authorized = Latencies.measure(20, size.queries(), request.getValue());
      configuration.setAuthorizationEnabled(false);
      Latencies open;
      try {
        open = Latencies.measure(20, size.queries(), request.getValue());
      } finally {
        configuration.setAuthorizationEnabled(true);
      }
      String label = "Tasklist " + request.getKey() + " as an official, " + openTasks + " open tasks";
      figures.add(Figure.againstBaseline(label + ", p50", authorized.percentile(50), "ms",
          "authorization off", open.percentile(50), null, false));
      figures.add(new Figure(label + ", p95", authorized.percentile(95), "ms",
          "authorization off", open.percentile(95), 50.0, "absolute", false));
    }
  }

  /** Tasklist's requests as the official of {@link #official()}, each checking that the tasks are there. */
  private Map<String, Runnable> tasklistRequests() {
    official();
    String unitTasks = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    Map<String, String> gets = new LinkedHashMap<>();
    gets.put("\"Việc của đơn vị\" (GET /engine-rest/filter/{id}/list)",
        "/engine-rest/filter/" + unitTasks + "/list?firstResult=0&maxResults=15");
    gets.put("GET /engine-rest/task?candidateGroups=…",
        "/engine-rest/task?candidateGroups=" + group(0) + "&unassigned=true&firstResult=0&maxResults=15");
    Map<String, Runnable> requests = new LinkedHashMap<>();
    gets.forEach((label, url) -> requests.put(label, () -> {
      var answer = as(OFFICIAL, OFFICIAL_PASSWORD).getForEntity(url, String.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as("the official sees the tasks of their group").contains("Task_Bare");
    }));
    // what Tasklist's list sends (camunda-bpm-sdk-js Filter.getTasks): HAL, so the answer embeds the cards'
    // variables (the filter's `variables` property), identity links and definitions
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(org.springframework.http.MediaType.parseMediaType("application/hal+json")));
    var body = new org.springframework.http.HttpEntity<>(Map.of(
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
        "processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of()), headers);
    requests.put("\"Việc của đơn vị\" as Tasklist asks for it (POST /engine-rest/filter/{id}/list, HAL)", () -> {
      var answer = as(OFFICIAL, OFFICIAL_PASSWORD).postForEntity(
          "/engine-rest/filter/" + unitTasks + "/list?firstResult=0&maxResults=15", body, String.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as("the official sees the tasks of their group").contains("Task_Bare");
    });
    return requests;
  }

  /**
   * The programme check, a 200-item programme against a 200-item parent: in process, and through
   * {@code POST /api/programmes/check} as a signed-in user (JSON and HTTP included), after warm-up;
   * then the same at the limits, the largest and costliest request the check accepts.
   */
  private void programmeCheck() {
    var programmes = GeneratedProgrammes.twoHundredAgainstTwoHundred();
    Latencies check = Latencies.measure(30, 100,
        () -> programmeCheck.check(programmes.term(), programmes.items(), programmes.parent()));
    figures.add(Figure.absolute("Programme check, 200 items against a 200-item parent (in process), p50", check.percentile(50), "ms", 50, false));
    figures.add(Figure.absolute("Programme check, 200 items against a 200-item parent (in process), p95", check.percentile(95), "ms", 50, false));

    official();
    var request = checkRequest(programmes);
    Latencies rest = Latencies.measure(30, 100, () -> postCheck(request));
    figures.add(Figure.absolute("POST /api/programmes/check, 200 items against 200, as an official, p50", rest.percentile(50), "ms", 50, false));
    figures.add(Figure.absolute("POST /api/programmes/check, 200 items against 200, as an official, p95", rest.percentile(95), "ms", 50, false));

    // the worst request accepted (ProgrammeLimits): fewer runs, each costs hundreds of times more
    var limits = GeneratedProgrammes.atTheLimits();
    int runs = Math.max(3, size.queries() / 10);
    int warmUp = Math.min(5, runs);
    Latencies atLimits = Latencies.measure(warmUp, runs, () -> programmeCheck.check(limits.term(), limits.items(), limits.parent()));
    String label = "Programme check at the limits, " + limits.items().size() + " items against " + limits.parent().size()
        + ", every field at its longest";
    figures.add(Figure.absolute(label + " (in process), p50", atLimits.percentile(50), "ms", 1000, false));
    figures.add(Figure.absolute(label + " (in process), p95", atLimits.percentile(95), "ms", 1000, false));
    var limitsRequest = checkRequest(limits);
    Latencies restAtLimits = Latencies.measure(warmUp, runs, () -> postCheck(limitsRequest));
    figures.add(Figure.absolute("POST /api/programmes/check at the limits, as an official, p50", restAtLimits.percentile(50), "ms", 1000, false));
    figures.add(Figure.absolute("POST /api/programmes/check at the limits, as an official, p95", restAtLimits.percentile(95), "ms", 1000, false));
  }

  private static org.springframework.http.HttpEntity<Map<String, Object>> checkRequest(GeneratedProgrammes programmes) {
    Map<String, Object> body = Map.of(
        "programme", Map.of("term", Map.of("from", programmes.term().from().toString(),
            "to", programmes.term().to().toString()), "items", programmes.items().stream().map(RolloutBenchmark::json).toList()),
        "parent", Map.of("items", programmes.parent().stream().map(RolloutBenchmark::json).toList()));
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return new org.springframework.http.HttpEntity<>(body, headers);
  }

  /** The official the REST figures sign in as (one office group, plus the officials' group); made once. */
  private void official() {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(OFFICIAL).count() > 0) {
      return;
    }
    var official = identity.newUser(OFFICIAL);
    official.setPassword(OFFICIAL_PASSWORD);
    identity.saveUser(official);
    if (identity.createGroupQuery().groupId(group(0)).count() == 0) {
      identity.saveGroup(identity.newGroup(group(0)));
    }
    identity.createMembership(OFFICIAL, group(0));
    identity.createMembership(OFFICIAL, TaskGroups.OFFICIALS);
  }

  /** The client of this user and password, signed in over HTTP Basic, made at its first request and kept. */
  private TestRestTemplate as(String user, String password) {
    return clients.computeIfAbsent(user + '\n' + password, key -> http.withBasicAuth(user, password));
  }

  private void postCheck(org.springframework.http.HttpEntity<Map<String, Object>> request) {
    var answer = as(OFFICIAL, OFFICIAL_PASSWORD).postForEntity("/api/programmes/check", request, String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> json(ProgrammeItem item) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("content", item.content());
    json.put("lead", item.lead());
    json.put("coordinators", item.coordinators());
    json.put("budgetVnd", item.budgetVnd());
    json.put("manpower", item.manpower());
    json.put("start", item.start().toString());
    json.put("deadline", item.deadline().toString());
    json.put("output", item.output());
    json.put("target", item.target());
    return json;
  }

  /**
   * The status of a province with the tree's communes under it ({@code GET /api/resolutions/{id}/status},
   * depth 1), each commune's rollout executing a five-item programme, written in batches; as an
   * administrator, after warm-up and the planner's statistics. Then the secretariat's dashboard on the same
   * province ({@link #dashboardActions}).
   */
  private void provinceStatus() throws Exception {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    String province = new OrganisationFixture(jdbc).committee("status-p", "Tỉnh ủy Thử nghiệm", "TU", null, Organ.values());
    int communes = statusCommunes();
    List<String> codes = java.util.stream.IntStream.range(0, communes).mapToObj(i -> province + "-" + i).toList();
    template.batchUpdate("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (?, ?, 'ĐU', ?, 1)",
        java.util.stream.IntStream.range(0, communes).mapToObj(i -> new Object[] {codes.get(i), "Đảng ủy xã số " + (i + 1), province}).toList());
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO resolution (symbol, title, issuing_committee, term_from, term_to, study_due, programme_due,
                                    mid_term_report_cutoff, mid_term_conference_by, final_report_cutoff, registered_at)
            VALUES ('07-NQ/TU', 'Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng', :province, DATE '2025-10-01',
                    DATE '2030-09-30', DATE '2026-01-31', DATE '2026-03-31', DATE '2028-04-20', DATE '2028-06-10',
                    DATE '2030-08-31', TIMESTAMP '2025-11-03 09:00:00')""")
        .param("province", province)
        .update(keys, "id");
    long resolution = keys.getKeyAs(Number.class).longValue();
    List<Object[]> rollouts = new ArrayList<>();
    rollouts.add(new Object[] {resolution, province});
    codes.forEach(code -> rollouts.add(new Object[] {resolution, code}));
    template.batchUpdate("""
            INSERT INTO rollout (resolution_id, committee_code, started_at, phase)
            VALUES (?, ?, TIMESTAMP '2026-04-01 08:00:00', 'EXECUTION')""", rollouts);
    template.batchUpdate("INSERT INTO programme (resolution_id, committee_code, status) VALUES (?, ?, 'APPROVED')", rollouts);
    String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "DONE_ON_TIME", "DONE_LATE", "OVERDUE"};
    List<Object[]> items = new ArrayList<>();
    jdbc.sql("SELECT id FROM programme WHERE resolution_id = :r").param("r", resolution).query(Long.class).list()
        .forEach(programme -> {
          for (int i = 0; i < 5; i++) {
            items.add(new Object[] {programme, i, "Nhiệm vụ " + (i + 1), LocalDate.of(2029, 12, 31), statuses[i]});
          }
        });
    template.batchUpdate("INSERT INTO programme_item (programme_id, seq, content, deadline, status) VALUES (?, ?, ?, ?, ?)", items);
    if (TestDatabase.isPostgres()) {
      jdbc.sql("ANALYZE").update();
    }
    String url = "/api/resolutions/" + resolution + "/status?committee=" + province + "&depth=1";
    if (!selected("status")) {
      dashboardActions(resolution, province, url, codes);
      return;
    }
    Latencies status = Latencies.measure(5, 30, () -> {
      var answer = as("admin", TestDatabase.ADMIN_PASSWORD).getForEntity(url, String.class);
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).contains(codes.get(communes - 1));
    });
    figures.add(Figure.absolute("Province status, " + communes + " communes (GET /api/resolutions/{id}/status, depth 1), p50",
        status.percentile(50), "ms", 500, false));
    figures.add(Figure.absolute("Province status, " + communes + " communes (GET /api/resolutions/{id}/status, depth 1), p95",
        status.percentile(95), "ms", 500, false));
    if (selected("dashboard")) {
      dashboardActions(resolution, province, url, codes);
    }
  }

  /** {@code -Dbench.communes=N}: the communes under the province of the status and dashboard figures; else the size's. */
  private int statusCommunes() {
    String given = System.getProperty("bench.communes", "");
    return given.isBlank() ? size.communes() : Integer.parseInt(given.strip());
  }

  /**
   * The secretariat's dashboard of the province (the Cockpit plugin rollout-dashboard), as the province's
   * office: until its action list can be shown, the page asks for the resolutions it may choose from
   * ({@code GET /api/dashboard/resolutions}) and then the status with the action list
   * ({@code GET /api/resolutions/{id}/status}, depth 1). Baseline in the same run: that status call alone, by
   * the same official. The two are measured in turns (the order swapped each round), so that a shared
   * machine's load falls on both alike.
   */
  private void dashboardActions(long resolution, String province, String statusUrl, List<String> codes) throws Exception {
    String secretariat = secretariat(province);
    String choicesUrl = "/api/dashboard/resolutions";
    String lastCommune = codes.get(codes.size() - 1);
    int[] actions = new int[1];
    Runnable statusAlone = () -> {
      var answer = as(secretariat, OFFICIAL_PASSWORD).getForEntity(statusUrl, String.class);
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).contains(lastCommune);
    };
    Runnable dashboard = () -> {
      var choices = as(secretariat, OFFICIAL_PASSWORD).getForEntity(choicesUrl, String.class);
      assertThat(choices.getStatusCode()).as(choices.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(choices.getBody()).contains("\"committee\":\"" + province + "\"").contains("\"id\":" + resolution + ",");
      var status = as(secretariat, OFFICIAL_PASSWORD).getForEntity(statusUrl, String.class);
      assertThat(status.getStatusCode()).as(status.getBody()).isEqualTo(HttpStatus.OK);
      try {
        actions[0] = new ObjectMapper().readTree(status.getBody()).get("actions").size();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    int runs = Math.max(30, size.queries() / 10);
    Latencies[] measured = profiled("dashboard", () -> Latencies.inTurns(5, runs, statusAlone, dashboard));
    // every commune's study is late in the fixture: the list is as long as the province is wide
    assertThat(actions[0]).as("actions on the dashboard").isGreaterThanOrEqualTo(codes.size());
    String name = "Dashboard of a province with " + codes.size() + " communes until its action list (" + actions[0]
        + " actions): GET /api/dashboard/resolutions + GET /api/resolutions/{id}/status, as its office, ";
    String baseline = "status call alone (same official), ";
    for (int p : new int[] {50, 95}) {
      figures.add(Figure.againstBaseline(name + "p" + p, measured[1].percentile(p), "ms", baseline + "p" + p,
          measured[0].percentile(p), null, false));
    }
  }

  /** An official of the province's office (its secretariat), made once per province. */
  private String secretariat(String province) {
    var identity = engine.getIdentityService();
    String user = "bench-secretariat-" + province;
    String office = province + "." + Organ.OFFICE.key();
    if (identity.createGroupQuery().groupId(office).count() == 0) {
      identity.saveGroup(identity.newGroup(office));
    }
    if (identity.createGroupQuery().groupId(TaskGroups.OFFICIALS).count() == 0) {
      identity.saveGroup(identity.newGroup(TaskGroups.OFFICIALS));
    }
    var official = identity.newUser(user);
    official.setPassword(OFFICIAL_PASSWORD);
    identity.saveUser(official);
    identity.createMembership(user, office);
    identity.createMembership(user, TaskGroups.OFFICIALS);
    return user;
  }

  /** Start-up of the packaged application on the same database, until it answers healthy. */
  private void startUp() {
    if (!TestDatabase.isPostgres()) {
      return;
    }
    try (NodeProcess node = NodeProcess.start("bench-start-up", jdbcUrl)) {
      figures.add(Figure.absolute("Start-up of the packaged application (JVM launch to healthy)",
          node.startUp().toMillis() / 1000.0, "s", 20, false));
    }
  }

  /**
   * PostgreSQL's own TPC-B rate on the same server (pgbench, when installed), and Camunda's
   * transactions per second (bare starts, one transaction each) over it: a ratio that holds across hardware.
   */
  private void pgbench(double bareStarts) throws Exception {
    if (!TestDatabase.isPostgres() || !onPath("pgbench")) {
      return;
    }
    int port = TestDatabase.server().getPort();
    String database = TestDatabase.freshPostgresDatabase("pgbench").replaceAll(".*/([^/?]+).*", "$1");
    run("pgbench", "-i", "-q", "-s", "10", "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres", database);
    String output = run("pgbench", "-n", "-c", "4", "-j", "2", "-T", Integer.toString(size.pgbenchSeconds()),
        "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres", database);
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
    assertThat(tps.find()).as(output).isTrue();
    double pgTps = Double.parseDouble(tps.group(1));
    figures.add(Figure.againstBaseline("Camunda transactions (bare starts) per pgbench TPC-B transaction",
        bareStarts, "tx/s", "pgbench TPC-B, 4 clients", pgTps, null, true));
  }

  /** Runs {@code action} again (up to ten times, 1 s apart) while Camunda answers that a job changed the same instance. */
  private static void retried(Runnable action) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return;
      } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
        if (attempt == 10) {
          throw e;
        }
        System.out.println("retrying after " + e.getMessage());
        Thread.sleep(1000);
      }
    }
  }

  /** Job runs that waited for requests being served (vn.rollout.engine.RequestsFirst), since the start. */
  private double delayedJobs() {
    var counter = meters.find("rollout.jobs.delayed.by.requests").functionCounter();
    return counter == null ? 0 : counter.count();
  }

  private void heapAfterCascade() {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    figures.add(Figure.informative("Heap in use after the cascade (after a full GC)", used / 1024.0 / 1024.0, "MiB"));
    // what that heap holds: the JVM's class histogram (jcmd GC.class_histogram), its largest 30 lines
    try {
      String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {null}, new String[] {String[].class.getName()});
      Path folder = Path.of("target", "benchmarks");
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("heap-after-cascade.txt"),
          String.join("\n", histogram.lines().limit(33).toList()) + "\n");
    } catch (javax.management.JMException | IOException e) {
      System.out.println("no class histogram: " + e);
    }
  }

  private void report() throws IOException {
    Path folder = Path.of("target", "benchmarks");
    Files.createDirectories(folder);
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("size", size);
    results.put("database", TestDatabase.isPostgres() ? "postgres" : "h2");
    results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
        "maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024,
        "java", System.getProperty("java.version"),
        "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
    List<Map<String, Object>> rows = new ArrayList<>();
    StringBuilder table = new StringBuilder("| figure | value | baseline | ratio | target | met |\n|---|---|---|---|---|---|\n");
    for (Figure figure : figures) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", figure.name());
      row.put("value", figure.value());
      row.put("unit", figure.unit());
      row.put("baseline", figure.baseline());
      row.put("baselineValue", figure.baselineValue());
      row.put("ratio", figure.ratio());
      row.put("target", figure.target());
      row.put("targetKind", figure.targetKind());
      row.put("met", figure.met());
      rows.add(row);
      table.append(String.format(Locale.ROOT, "| %s | %.1f %s | %s | %s | %s | %s |%n", figure.name(), figure.value(),
          figure.unit(),
          figure.baseline() == null ? "—" : String.format(Locale.ROOT, "%s: %.1f %s", figure.baseline(), figure.baselineValue(), figure.unit()),
          figure.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f", figure.ratio()),
          figure.target() == null ? "—" : ("ratio".equals(figure.targetKind()) ? "≥ " : figure.higherIsBetter() ? "≥ " : "≤ ")
              + figure.target() + ("ratio".equals(figure.targetKind()) ? " × baseline" : " " + figure.unit()),
          figure.met() == null ? "—" : figure.met() ? "yes" : "NO"));
    }
    results.put("figures", rows);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("results.json").toFile(), results);
    Files.writeString(folder.resolve("results.md"), table.toString());
    System.out.println("\n=== Benchmark (" + size.name() + ", " + results.get("database") + ") ===\n" + table);
  }

  /**
   * {@code -Dbench.statements=true} (PostgreSQL only): what the database did during one figure, from its
   * own counters ({@code pg_stat_statements}, loaded by {@link TestDatabase}): every statement's calls, rows
   * and execution time, the most expensive first, in {@code target/benchmarks/statements-<figure>.md}.
   */
  private <T> T profiled(String figure, java.util.concurrent.Callable<T> measurement) throws Exception {
    if (!Boolean.getBoolean("it.pgStatements") || !TestDatabase.isPostgres()) {
      return measurement.call();
    }
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
    jdbc.sql("SELECT pg_stat_statements_reset()").query().listOfRows();
    T result = measurement.call();
    StringBuilder table = new StringBuilder("| calls | rows | total ms | mean ms | statement |\n|---|---|---|---|---|\n");
    double[] totals = new double[2];
    jdbc.sql("""
            SELECT calls, rows, total_exec_time, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g') AS query
              FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
             ORDER BY total_exec_time DESC""")
        .query(rs -> {
          totals[0] += rs.getLong("calls");
          totals[1] += rs.getDouble("total_exec_time");
          if (rs.getRow() <= 40) {
            String query = rs.getString("query");
            table.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.3f | `%s` |%n", rs.getLong("calls"),
                rs.getLong("rows"), rs.getDouble("total_exec_time"), rs.getDouble("mean_exec_time"),
                (query.length() > 220 ? query.substring(0, 220) + "…" : query).replace("|", "\\|")));
          }
        });
    table.insert(0, String.format(Locale.ROOT, "%s: %.0f statements, %.0f ms of execution in all%n%n", figure,
        totals[0], totals[1]));
    Path folder = Files.createDirectories(Path.of("target", "benchmarks"));
    Files.writeString(folder.resolve("statements-" + figure + ".md"), table.toString());
    return result;
  }

  private void deploy(BpmnModelInstance model) {
    engine.getRepositoryService().createDeployment()
        .addModelInstance(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .iterator().next().getId() + ".bpmn", model)
        .deploy();
  }

  static String group(int committee) {
    return "bench-" + committee + ".van-phong";
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static boolean onPath(String command) {
    return java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }

  /** How big a run is: the committee tree and the volumes measured. */
  record Size(String name, int provinces, int communes, int grassroots, int tasks, int burst, int queries,
      int pgbenchSeconds) {
    int committees() {
      return 1 + provinces + communes + grassroots;
    }

    static Size of(String name) {
      return switch (name) {
        case "tiny" -> new Size(name, 2, 4, 8, 200, burst(20), 20, 3);
        case "quick" -> new Size(name, 34, 300, 2_000, 20_000, burst(2_000), 300, 20);
        case "full" -> new Size(name, 34, 3_300, 50_000, 100_000, burst(20_000), 500, 30);
        default -> throw new IllegalArgumentException("bench.size is tiny, quick or full, not " + name);
      };
    }

    /** The deadline burst's size (and the bare timer burst's): {@code -Dbench.burst=N}, else the size's default. */
    private static int burst(int byDefault) {
      String given = System.getProperty("bench.burst", "");
      return given.isBlank() ? byDefault : Integer.parseInt(given.strip());
    }
  }
}
