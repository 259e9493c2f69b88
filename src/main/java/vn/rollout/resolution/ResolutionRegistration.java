package vn.rollout.resolution;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.calendar.CalendarPeriod;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.security.AsSystem;
import vn.rollout.shared.ConflictException;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;
import vn.rollout.shared.VietnameseFormat;

/**
 * Registers a resolution and has its rollout started in the issuing committee ({@link ResolutionRegistered}): the one service behind
 * {@code POST /api/resolutions} and the registration start form in Tasklist. Only the issuing
 * committee's office or an administrator may register.
 */
@Service
public class ResolutionRegistration {

  static final Pattern SYMBOL = Pattern.compile("^(\\d{1,4})-NQ/(\\S+)$");
  static final MonthDay MID_TERM_REPORT_CUTOFF = MonthDay.of(4, 20);
  static final MonthDay MID_TERM_CONFERENCE_BY = MonthDay.of(6, 10);
  /** An unbounded ISO 8601 repeating interval of years, months and days: R/P6M, R/P3M, R/P1Y, R/P45D. */
  static final Pattern INSPECTION_CYCLE = Pattern.compile("^R/P(?=\\d)(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,4}D)?$");
  static final String INSPECTION_CYCLE_FIELD = "inspectionCycle";
  /** An offset per level: days, weeks or working days, P10D, P2W, P10WD. */
  static final Pattern LEVEL_OFFSET = Pattern.compile("^P\\d{1,3}(D|W|WD)$");
  static final String LEVEL_OFFSET_FIELD = "levelOffset";

  private final CommitteeDirectory committees;
  private final Resolutions resolutions;
  private final ApplicationEventPublisher events;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ResolutionDeadlines deadlines;
  private final String defaultInspectionCycle;

  ResolutionRegistration(CommitteeDirectory committees, Resolutions resolutions, ApplicationEventPublisher events,
      RuntimeService runtimeService, IdentityService identityService, ResolutionDeadlines deadlines,
      @Value("${rollout.inspection-cycle}") String defaultInspectionCycle) {
    this.committees = committees;
    this.resolutions = resolutions;
    this.events = events;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.defaultInspectionCycle = defaultInspectionCycle;
  }

  /**
   * @param caller who registers; {@code null} when the system itself does (no one to check)
   * @throws InvalidInputException naming the field at fault
   * @throws ConflictException when the committee has registered the symbol already
   * @throws AuthorizationException when the caller is neither the committee's office nor an administrator
   */
  @Transactional
  public RegisteredResolution register(RegisterResolution request, Authentication caller) {
    // who asks, before anything of the committee named is looked at: its name and existence are not theirs
    String issuer = request == null || request.issuingCommittee() == null ? null : nfc(request.issuingCommittee());
    if (caller != null && issuer != null && !issuer.isEmpty() && !mayRegister(caller, issuer)) {
      throw new AuthorizationException("Chỉ Văn phòng của cấp ủy ban hành hoặc quản trị hệ thống được đăng ký nghị quyết.");
    }
    Resolution resolution = validate(request);
    if (caller != null && !mayRegister(caller, resolution.issuingCommittee())) {
      throw new AuthorizationException("Chỉ Văn phòng của cấp ủy ban hành hoặc quản trị hệ thống được đăng ký nghị quyết.");
    }
    if (resolutions.exists(resolution.issuingCommittee(), resolution.symbol())) {
      throw duplicate(resolution);
    }
    long id;
    try {
      id = resolutions.insert(resolution, EngineTime.now(), caller == null ? null : caller.getUserId());
    } catch (DuplicateKeyException e) {
      throw duplicate(resolution);
    }
    // the rollout module starts the issuer's rollout in this transaction (Rollouts#onRegistered)
    events.publishEvent(new ResolutionRegistered(id, resolution.issuingCommittee()));
    String businessKey = ResolutionRolloutProcess.businessKey(id, resolution.issuingCommittee());
    String processInstanceId = AsSystem.call(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ResolutionRolloutProcess.KEY).processInstanceBusinessKey(businessKey).list())
        .stream().map(instance -> instance.getId()).findFirst().orElse(null);
    return new RegisteredResolution(id, resolution.symbol(), businessKey, processInstanceId);
  }

  /**
   * Changes the rhythm of the inspection committee's periodic rounds of a resolution: stored, and set
   * on every running rollout of it. Each rollout's round already planned happens when it was due; the
   * rounds after it follow the new cycle, counted from that round (the engine reads the cycle again
   * when the timer fires: {@code reevaluate-time-cycle-when-due}).
   *
   * @param caller who changes it; {@code null} when the system itself does
   * @return the cycle as stored
   * @throws NotFoundException when there is no such resolution
   * @throws InvalidInputException when the cycle is not a repeating interval
   * @throws AuthorizationException when the caller is neither the issuing committee's office nor an administrator
   */
  @Transactional
  public String changeInspectionCycle(long resolutionId, String inspectionCycle, Authentication caller) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow(() -> new NotFoundException("id",
        "Không có nghị quyết mã " + resolutionId + "."));
    if (caller != null && !mayRegister(caller, resolution.issuingCommittee())) {
      throw new AuthorizationException(
          "Chỉ Văn phòng của cấp ủy ban hành hoặc quản trị hệ thống được đổi chu kỳ kiểm tra, giám sát.");
    }
    String cycle = inspectionCycle(inspectionCycle);
    if (cycle == null) {
      throw new InvalidInputException(INSPECTION_CYCLE_FIELD, "Chưa nhập chu kỳ kiểm tra, giám sát định kỳ.");
    }
    resolutions.changeInspectionCycle(resolutionId, cycle);
    events.publishEvent(new InspectionCycleChanged(resolutionId, cycle));
    return cycle;
  }

  /** The cycle, stripped; {@code null} when left empty. */
  private static String inspectionCycle(String text) {
    String cycle = nfc(text);
    if (cycle.isEmpty()) {
      return null;
    }
    Matcher matcher = INSPECTION_CYCLE.matcher(cycle);
    if (!matcher.matches() || Period.parse(cycle.substring(2)).isZero()) {
      throw new InvalidInputException(INSPECTION_CYCLE_FIELD, "Chu kỳ kiểm tra, giám sát định kỳ \"" + cycle
          + "\" không đúng dạng khoảng lặp lại ISO 8601, ví dụ R/P6M (6 tháng một lần) hoặc R/P3M (3 tháng một lần).");
    }
    return cycle;
  }

  /** An administrator, or a member of the organ doing the committee's office work (its office, a cell's secretary). */
  private boolean mayRegister(Authentication caller, String committeeCode) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN)
        || committees.find(committeeCode).flatMap(committee -> committee.group(Role.OFFICE)).filter(groups::contains).isPresent();
  }

  private static ConflictException duplicate(Resolution resolution) {
    return new ConflictException("symbol",
        "Cấp ủy đã đăng ký nghị quyết số " + resolution.symbol() + "; mỗi số, ký hiệu chỉ đăng ký một lần.");
  }

  private Resolution validate(RegisterResolution request) {
    String symbol = nfc(request.symbol());
    if (symbol.isEmpty()) {
      throw new InvalidInputException("symbol", "Chưa nhập số, ký hiệu nghị quyết.");
    }
    Matcher matcher = SYMBOL.matcher(symbol);
    if (!matcher.matches()) {
      throw new InvalidInputException("symbol",
          "Số, ký hiệu nghị quyết phải có dạng <số>-NQ/<ký hiệu cấp ủy ban hành>, ví dụ 05-NQ/TU.");
    }
    String title = nfc(request.title());
    if (title.isEmpty()) {
      throw new InvalidInputException("title", "Chưa nhập trích yếu nội dung nghị quyết.");
    }
    if (title.length() > 1000) {
      throw new InvalidInputException("title", "Trích yếu nội dung dài quá 1.000 ký tự.");
    }
    String committeeCode = nfc(request.issuingCommittee());
    if (committeeCode.isEmpty()) {
      throw new InvalidInputException("issuingCommittee", "Chưa nhập mã cấp ủy ban hành.");
    }
    Committee committee = committees.find(committeeCode).orElseThrow(() -> new InvalidInputException(
        "issuingCommittee", "Không có cấp ủy mã \"" + committeeCode + "\" trong danh mục tổ chức."));
    if (!matcher.group(2).equals(committee.symbol())) {
      throw new InvalidInputException("symbol", "Ký hiệu sau \"NQ/\" phải là ký hiệu của " + committee.name() + ": "
          + matcher.group(1) + "-NQ/" + committee.symbol() + ".");
    }

    LocalDate termFrom = required(request.termFrom(), "termFrom", "ngày bắt đầu nhiệm kỳ");
    LocalDate termTo = required(request.termTo(), "termTo", "ngày kết thúc nhiệm kỳ");
    if (!termTo.isAfter(termFrom)) {
      throw new InvalidInputException("termTo", "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu nhiệm kỳ.");
    }
    Term term = new Term(termFrom, termTo);
    int middleYear = termFrom.plusDays(ChronoUnit.DAYS.between(termFrom, termTo) / 2).getYear();

    List<Deadline> deadlines = new ArrayList<>();
    deadlines.add(new Deadline("studyDue", "Hạn hoàn thành học tập, quán triệt",
        required(request.studyDue(), "studyDue", "hạn hoàn thành học tập, quán triệt")));
    deadlines.add(new Deadline("programmeDue", "Hạn ban hành chương trình hành động",
        required(request.programmeDue(), "programmeDue", "hạn ban hành chương trình hành động")));
    deadlines.add(new Deadline("midTermReportCutoff", "Hạn gửi báo cáo sơ kết giữa nhiệm kỳ",
        orDefault(request.midTermReportCutoff(), MID_TERM_REPORT_CUTOFF.atYear(middleYear))));
    deadlines.add(new Deadline("midTermConferenceBy", "Hạn tổ chức hội nghị sơ kết",
        orDefault(request.midTermConferenceBy(), MID_TERM_CONFERENCE_BY.atYear(middleYear))));
    deadlines.add(new Deadline("finalReportCutoff", "Hạn gửi báo cáo tổng kết nhiệm kỳ",
        required(request.finalReportCutoff(), "finalReportCutoff", "hạn gửi báo cáo tổng kết nhiệm kỳ")));

    Deadline previous = null;
    for (Deadline deadline : deadlines) {
      if (!term.contains(deadline.date())) {
        throw new InvalidInputException(deadline.field(), deadline.label() + " (" + VietnameseFormat.date(deadline.date())
            + ") nằm ngoài nhiệm kỳ (" + VietnameseFormat.period(termFrom, termTo) + ").");
      }
      if (previous != null && deadline.date().isBefore(previous.date())) {
        throw new InvalidInputException(deadline.field(), deadline.label() + " (" + VietnameseFormat.date(deadline.date())
            + ") không được trước " + lowerFirst(previous.label()) + " (" + VietnameseFormat.date(previous.date()) + ").");
      }
      previous = deadline;
    }
    String inspectionCycle = inspectionCycle(request.inspectionCycle());
    CalendarPeriod offset = levelOffset(request.levelOffset());
    Resolution resolution = new Resolution(0, symbol, title, committee.code(), term,
        deadlines.get(0).date(), deadlines.get(1).date(), deadlines.get(2).date(), deadlines.get(3).date(),
        deadlines.get(4).date(), inspectionCycle == null ? defaultInspectionCycle : inspectionCycle, offset.toString());
    everyLevel(resolution, offset, committees.levelSizes(committee.code()).size() - 1);
    return resolution;
  }

  /**
   * Every level's dates, from the issuing committee's (its subordinates' plus the offset) down to the
   * deepest committee below it today, stay inside the term and in order: study and programme before the
   * mid-term report, the report before the conference, the mid-term before the final report.
   */
  private void everyLevel(Resolution resolution, CalendarPeriod offset, int deepest) {
    Term term = resolution.term();
    for (int level = 0; level <= Math.max(1, deepest); level++) {
      LevelDeadlines dates = this.deadlines.at(resolution, offset, level);
      String of = level == 0 ? " của cấp ủy ban hành" : level == 1 ? "" : " của cấp dưới thứ " + level;
      String why = level == 1 ? " (dời sang ngày làm việc nếu là ngày nghỉ)"
          : " (mỗi cấp cách nhau " + describe(offset) + ", dời sang ngày làm việc nếu là ngày nghỉ)";
      LocalDate previous = null;
      String previousField = null;
      for (String field : List.of("studyDue", "programmeDue", "midTermReportCutoff", "midTermConferenceBy",
          "finalReportCutoff")) {
        LocalDate date = dates.named(field);
        String label = LevelDeadlines.LABELS.get(field);
        if (!term.contains(date)) {
          throw new InvalidInputException(field, label + of + " là " + VietnameseFormat.date(date) + why
              + ", nằm ngoài nhiệm kỳ (" + VietnameseFormat.period(term.from(), term.to()) + ").");
        }
        if (previous != null && date.isBefore(previous)) {
          throw new InvalidInputException(field, label + of + " là " + VietnameseFormat.date(date) + why
              + ", trước " + lowerFirst(LevelDeadlines.LABELS.get(previousField)) + " (" + VietnameseFormat.date(previous)
              + "): hạn sau không được trước hạn trước.");
        }
        previous = date;
        previousField = field;
      }
    }
  }

  private static String describe(CalendarPeriod offset) {
    if (offset.inWorkingDays()) {
      return offset.workingDays() + " ngày làm việc";
    }
    return offset.calendar().getDays() + " ngày";
  }

  /** The offset per level as stored: the configured one when left empty. */
  private CalendarPeriod levelOffset(String text) {
    String offset = nfc(text).toUpperCase(java.util.Locale.ROOT);
    if (offset.isEmpty()) {
      return deadlines.defaultOffset();
    }
    if (!LEVEL_OFFSET.matcher(offset).matches()) {
      throw new InvalidInputException(LEVEL_OFFSET_FIELD, "Khoảng cách hạn giữa các cấp \"" + offset
          + "\" không đúng dạng: P10D (10 ngày), P2W (2 tuần) hoặc P10WD (10 ngày làm việc); P0D: mọi cấp cùng một hạn.");
    }
    CalendarPeriod parsed = CalendarPeriod.parse(offset);
    // weeks are kept as days, so that the period reads the same everywhere
    return parsed.inWorkingDays() ? parsed : CalendarPeriod.parse("P" + parsed.calendar().getDays() + "D");
  }

  private record Deadline(String field, String label, LocalDate date) {}

  private static LocalDate required(LocalDate date, String field, String label) {
    if (date == null) {
      throw new InvalidInputException(field, "Chưa nhập " + label + ".");
    }
    return date;
  }

  private static LocalDate orDefault(LocalDate date, LocalDate fallback) {
    return date == null ? fallback : date;
  }

  private static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
