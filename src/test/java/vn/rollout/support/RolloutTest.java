package vn.rollout.support;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.DraftItem;
import vn.rollout.resolution.RegisterResolution;
import vn.rollout.resolution.RegisteredResolution;
import vn.rollout.resolution.ResolutionRegistration;

/**
 * Base of the rollout's integration tests: a resolution of the 2025–2030 term registered on a fixed
 * day, and the steps an official takes in Tasklist, each submitting the form the way Tasklist does.
 * The engine clock starts on 3 November 2025 in Vietnam and is reset after each test.
 */
public abstract class RolloutTest extends IntegrationTest {

  /** The password of the officials the tests create. */
  protected static final String PASSWORD = "TrienKhai@2026";

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final LocalDate TERM_FROM = LocalDate.of(2025, 10, 1);
  public static final LocalDate TERM_TO = LocalDate.of(2030, 9, 30);
  public static final LocalDate STUDY_DUE = LocalDate.of(2026, 1, 31);
  public static final LocalDate PROGRAMME_DUE = LocalDate.of(2026, 3, 31);
  public static final LocalDate FINAL_REPORT_CUTOFF = LocalDate.of(2030, 8, 31);
  public static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2025, 11, 3, 9, 0);

  private static int symbols;

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected FormService formService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected ResolutionRegistration registration;
  @Autowired protected IdentityService identityService;

  protected OrganisationFixture organisation;

  @BeforeEach
  void startTheClock() {
    BpmnAwareTests.init(engine);
    organisation = new OrganisationFixture(jdbc);
    clockAt(REGISTERED_AT);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  protected static void clockAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(VIETNAM).toInstant()));
  }

  protected static Date vietnam(LocalDateTime time) {
    return Date.from(time.atZone(VIETNAM).toInstant());
  }

  // --- organisation ---

  /** A city committee (Thành ủy) with all five organs. */
  protected String city() {
    return organisation.committee("tu", "Thành ủy Đà Nẵng", "TU", null, Organ.values());
  }

  /** A ward committee (Đảng ủy phường) with office, standing committee, inspection and propaganda. */
  protected String ward(String parent) {
    return organisation.committee("phuong", "Đảng ủy phường Hải Châu", "ĐU", parent,
        Organ.OFFICE, Organ.STANDING_COMMITTEE, Organ.INSPECTION, Organ.PROPAGANDA);
  }

  /** A party cell (chi bộ): only an office. */
  protected String cell(String parent) {
    return organisation.committee("chibo", "Chi bộ khu dân cư số 1", "ĐU", parent, Organ.OFFICE);
  }

  /** A new user with an email ({@code <id>@danang.dcs.vn}), member of the group (created if missing); returns the user id. */
  protected String member(String groupId, String name) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      identityService.saveGroup(identityService.newGroup(groupId));
    }
    String userId = name + "." + groupId;
    var user = identityService.newUser(userId);
    user.setEmail(userId + "@danang.dcs.vn");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, groupId);
    return userId;
  }

  /** As {@link #member}, returning the user's email. */
  protected String memberWithEmail(String groupId, String name) {
    return identityService.createUserQuery().userId(member(groupId, name)).singleResult().getEmail();
  }

  protected static String group(String committeeCode, Organ organ) {
    return committeeCode + "." + organ.key();
  }

  // --- registration ---

  protected RegisterResolution resolutionOf(String committeeCode, String issuerSymbol) {
    return new RegisterResolution(String.format("%02d-NQ/%s", ++symbols, issuerSymbol),
        "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng nhiệm kỳ 2025–2030", committeeCode,
        TERM_FROM, TERM_TO, STUDY_DUE, PROGRAMME_DUE, null, null, FINAL_REPORT_CUTOFF);
  }

  /** Registers a resolution of a city committee (symbol TU) as the system and returns its rollout there. */
  protected ProcessInstance register(String cityCode) {
    RegisteredResolution registered = registration.register(resolutionOf(cityCode, "TU"), null);
    return rollout(registered.businessKey());
  }

  protected ProcessInstance rollout(String businessKey) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ResolutionRolloutProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  protected long resolutionId(ProcessInstance rollout) {
    return Long.parseLong(rollout.getBusinessKey().substring(0, rollout.getBusinessKey().indexOf('/')));
  }

  // --- tasks, as Tasklist submits their forms ---

  protected Task task(ProcessInstance instance, String activityId) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
  }

  protected Object formVariable(Task task, String name) {
    return formService.getTaskFormVariables(task.getId()).getValue(name, Object.class);
  }

  protected static Map<String, Object> session(String date, String audience, String format, int invited, int attended) {
    Map<String, Object> session = new HashMap<>();
    session.put("date", date);
    session.put("audience", audience);
    session.put("format", format);
    session.put("invited", invited);
    session.put("attended", attended);
    return session;
  }

  @SafeVarargs
  protected final void submitStudy(ProcessInstance instance, Map<String, Object>... sessions) {
    Task task = task(instance, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.SESSIONS, JsonVariables.json(Arrays.asList(sessions)));
    form.put(FormFields.MAKE_UP_SESSION, true);
    form.put(FormFields.MAKE_UP_DATE, "2026-01-20");
    form.put(FormFields.STUDY_NOTES, "Các chi bộ khu dân cư tham gia đầy đủ.");
    formService.submitTaskForm(task.getId(), form);
  }

  protected void completeStudy(ProcessInstance instance) {
    submitStudy(instance,
        session("2025-12-10", "KEY_OFFICIALS", "IN_PERSON", 120, 118),
        session("2025-12-17", "MEMBERS", "ONLINE", 1250, 1190));
  }

  protected static DraftItem item(String content, String lead, String deadline, String output) {
    return new DraftItem(content, lead, List.of(), false, 150_000_000L, "3 cán bộ", "2026-04-01", deadline, output,
        null, null);
  }

  /**
   * A concrete item led by the committee's office, due inside the term, in words of its own level (so
   * that no level's programme copies its superior's).
   */
  protected static DraftItem concreteItem(String committeeCode) {
    String office = group(committeeCode, Organ.OFFICE);
    if (committeeCode.startsWith("phuong-")) {
      return item("Số hóa hồ sơ của 1.250 đảng viên thuộc 42 chi bộ, cập nhật vào Cơ sở dữ liệu đảng viên của thành phố",
          office, "2026-12-31", "1.250 hồ sơ được số hóa và cập nhật");
    }
    if (committeeCode.startsWith("chibo-")) {
      return item("Rà soát, bổ sung lý lịch của 35 đảng viên chi bộ khu dân cư số 1 trước khi phường số hóa",
          office, "2026-09-30", "35 bộ hồ sơ đảng viên được rà soát, bổ sung đầy đủ");
    }
    return item("Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", office, "2027-12-31",
        "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, kết nối với Trung ương");
  }

  protected void submitDraft(ProcessInstance instance, DraftItem... items) {
    Task task = task(instance, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME);
    formService.submitTaskForm(task.getId(), Map.of(FormFields.ITEMS, JsonVariables.json(List.of(items))));
  }

  protected void decide(ProcessInstance instance, String decision, String comments) {
    Task task = task(instance, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME);
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.DECISION, decision);
    form.put(FormFields.REVIEW_COMMENTS, comments);
    formService.submitTaskForm(task.getId(), form);
  }

  /** Study, a concrete draft, approval: the committee's programme is issued. */
  protected void approveProgramme(ProcessInstance instance, String committeeCode) {
    completeStudy(instance);
    submitDraft(instance, concreteItem(committeeCode));
    decide(instance, FormFields.DECISION_APPROVE, null);
  }

  // --- jobs ---

  /**
   * Runs the instance's asynchronous continuations (not its timers) until none is left, then, as the job
   * executor would, those its cascades left in the rollouts of the same resolution: a subordinate's start
   * ({@link ResolutionRolloutProcess#START_EVENT}) and the end of its wait for the superior's programme
   * ({@link ResolutionRolloutProcess#EVENT_PARENT_PROGRAMME_ISSUED}). The subordinates' own cascades wait
   * until their rollout is run the same way.
   */
  protected void runAsyncJobs(ProcessInstance instance) {
    runOwnAsyncJobs(instance);
    String key = instance.getBusinessKey();
    if (key == null || key.indexOf('/') < 0) {
      return;
    }
    List<Job> jobs;
    while (!(jobs = cascadedJobs(key.substring(0, key.indexOf('/') + 1))).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /** Runs the instance's asynchronous continuations (not its timers) until none is left. */
  protected void runOwnAsyncJobs(ProcessInstance instance) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(instance.getId()).messages().withRetriesLeft().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private List<Job> cascadedJobs(String resolutionPrefix) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
        .processInstanceBusinessKeyLike(resolutionPrefix + "%").list().stream()
        .flatMap(rollout -> java.util.stream.Stream.of(ResolutionRolloutProcess.START_EVENT, ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED)
            .flatMap(activity -> managementService.createJobQuery().processInstanceId(rollout.getId()).activityId(activity)
                .messages().withRetriesLeft().list().stream()))
        .toList();
  }

  /**
   * The queued reminder mails' jobs ({@link vn.rollout.notification.MailJobHandler}), which the job
   * executor would run right after the timer that queued them.
   */
  protected List<Job> mailJobs() {
    return managementService.createJobQuery().messages().list().stream()
        .filter(job -> vn.rollout.notification.MailJobHandler.TYPE.equals(
            ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerType()))
        .toList();
  }

  /**
   * Sends the queued reminder mails that are due, as the job executor would, which acquires only jobs with
   * a due date on PostgreSQL (ensure-job-due-date-not-null): every mail has one, the engine time it was
   * queued at. A mail queued by another test at a later engine time (the tests share the database) is
   * not due yet and stays queued, as it would for the job executor.
   */
  protected void deliverMails() {
    java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    mailJobs().forEach(job -> {
      org.assertj.core.api.Assertions.assertThat(job.getDuedate()).as("due date of mail job %s", job.getId()).isNotNull();
      if (!job.getDuedate().after(now)) {
        managementService.executeJob(job.getId());
      }
    });
  }

  protected Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }

  // --- reviews and items (the pipeline tests) ---

  /** The running review (mid-term or final) of the rollout. */
  protected ProcessInstance review(ProcessInstance rollout) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CommitteeReviewProcess.KEY)
        .superProcessInstanceId(rollout.getId()).singleResult();
  }

  /** The office drafts the review report, with results in the three fields, and the standing committee approves it: sent. */
  protected void submitReport(ProcessInstance review) {
    draftReport(review);
    decideReport(review, "APPROVE", null);
  }

  /** The office drafts (or redrafts) the review report, with results in the three fields; not sent until approved. */
  protected void draftReport(ProcessInstance review) {
    formService.submitTaskForm(task(review, CommitteeReviewProcess.TASK_SUBMIT_REVIEW_REPORT).getId(), Map.of(
        "resultsEconomy", "Tăng trưởng GRDP bình quân 7,2%/năm.",
        "resultsCultureSociety", "Tỷ lệ hộ nghèo giảm còn 0,5%.",
        "resultsPartyBuilding", "100% tổ chức đảng đã học tập, quán triệt nghị quyết."));
  }

  /** The standing committee's decision on the draft report: {@code APPROVE} or {@code RETURN} with comments. */
  protected void decideReport(ProcessInstance review, String decision, String comments) {
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("decision", decision);
    form.put("reviewComments", comments);
    formService.submitTaskForm(task(review, CommitteeReviewProcess.TASK_APPROVE_REVIEW_REPORT).getId(), form);
  }

  /** The review's conference, held on {@code day} (ISO). */
  protected void holdConference(ProcessInstance review, String day) {
    formService.submitTaskForm(task(review, CommitteeReviewProcess.TASK_HOLD_REVIEW_CONFERENCE).getId(),
        Map.of("heldOn", day, "attendees", 250, "conclusions", "Thống nhất các giải pháp cho thời gian còn lại."));
  }

  /** The lead unit of each item reports it done, with its output. */
  protected void completeEveryItem(ProcessInstance rollout) {
    for (ProcessInstance item : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeItemExecutionProcess.KEY).superProcessInstanceId(rollout.getId()).list()) {
      formService.submitTaskForm(task(item, ProgrammeItemExecutionProcess.TASK_EXECUTE_ITEM).getId(), Map.of(
          ProgrammeItemExecutionProcess.FormFields.ACTION, ProgrammeItemExecutionProcess.FormFields.ACTION_DONE,
          ProgrammeItemExecutionProcess.FormFields.OUTPUT_ACHIEVED, "Cơ sở dữ liệu đảng viên đã hoàn thành"));
    }
  }

  /** The committee's rollout phase, as the domain table has it. */
  protected String phase(String committeeCode) {
    return jdbc.sql("SELECT phase FROM rollout WHERE committee_code = :c").param("c", committeeCode).query(String.class).single();
  }
}
