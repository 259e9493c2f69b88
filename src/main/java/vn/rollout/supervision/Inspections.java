package vn.rollout.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.calendar.WorkingDays;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.Letterheads;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ItemStatus;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.programme.Programmes;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.ResolutionDeadlines;
import vn.rollout.resolution.Resolutions;
import vn.rollout.review.ReportState;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * Supervision: the facts that decide whom a round inspects, inspections planned and concluded, and the
 * remedial items their shortcomings become (programme items of no programme, carried out by
 * {@code ProgrammeItemExecution} like any other item).
 */
@Service
class Inspections {

  private final JdbcClient jdbc;
  private final Resolutions resolutions;
  private final CommitteeDirectory committees;
  private final ProgrammeItems items;
  private final Programmes programmes;
  private final ResolutionDeadlines deadlines;
  private final WorkingDays workingDays;
  private final DocumentRegister register;
  private final Letterheads letterheads;

  Inspections(JdbcClient jdbc, Resolutions resolutions, CommitteeDirectory committees, ProgrammeItems items, Programmes programmes,
      ResolutionDeadlines deadlines, WorkingDays workingDays, DocumentRegister register, Letterheads letterheads) {
    this.jdbc = jdbc;
    this.resolutions = resolutions;
    this.committees = committees;
    this.items = items;
    this.programmes = programmes;
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.register = register;
    this.letterheads = letterheads;
  }

  /** The facts of a committee on a resolution, as of the engine's today. */
  InspectionFacts facts(long resolutionId, String committeeCode) {
    LocalDate today = EngineTime.today();
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    List<ExecutionItem> programme = approvedItems(resolutionId, committeeCode);
    long overdue = programme.stream().filter(item -> overdue(item, today)).count();
    double overdueShare = programme.isEmpty() ? 0 : (double) overdue / programme.size();

    Optional<Long> rolloutId = jdbc.sql("SELECT id FROM rollout WHERE resolution_id = :r AND committee_code = :c")
        .param("r", resolutionId).param("c", committeeCode).query(Long.class).optional();
    int late = 0;
    Boolean studyOnTime = rolloutId.flatMap(id -> jdbc.sql("SELECT on_time FROM study_report WHERE rollout_id = :id")
        .param("id", id).query(Boolean.class).optional()).orElse(null);
    // the deadlines of the committee's level
    LevelDeadlines dates = deadlines.of(resolution, committeeCode);
    if (studyOnTime == null ? today.isAfter(dates.studyDue()) : !studyOnTime) {
      late++;
    }
    late += lateReview(rolloutId, "MID_TERM", dates.midTermReportCutoff(), today);
    late += lateReview(rolloutId, "FINAL", dates.finalReportCutoff(), today);

    LocalDate since = jdbc.sql("""
            SELECT MAX(concluded_on) FROM inspection
             WHERE resolution_id = :r AND inspected_committee = :c AND inspected_unit IS NULL AND concluded_on IS NOT NULL""")
        .param("r", resolutionId).param("c", committeeCode).query(LocalDate.class).optional()
        .or(() -> rolloutId.map(id -> jdbc.sql("SELECT started_at FROM rollout WHERE id = :id").param("id", id)
            .query(Timestamp.class).single().toLocalDateTime().toLocalDate()))
        .orElse(today);
    return new InspectionFacts(overdueShare, late, !programme.isEmpty() || hasApprovedProgramme(resolutionId, committeeCode),
        (int) ChronoUnit.MONTHS.between(since, today));
  }

  /**
   * The facts of one of a committee's own lead units on a resolution, as of the engine's today: the
   * share of the programme's items it leads that are overdue, its quarterly progress reports late or
   * missing, and the months since its last concluded inspection (or since the committee's rollout
   * started). A unit has no programme or review of its own: {@code hasApprovedProgramme} is left out.
   */
  InspectionFacts unitFacts(long resolutionId, String committeeCode, String unitCode) {
    LocalDate today = EngineTime.today();
    String group = TaskGroups.unit(unitCode);
    List<ExecutionItem> led = approvedItems(resolutionId, committeeCode).stream()
        .filter(item -> group.equals(item.leadGroup())).toList();
    long overdue = led.stream().filter(item -> overdue(item, today)).count();
    double overdueShare = led.isEmpty() ? 0 : (double) overdue / led.size();
    int late = 0;
    for (ExecutionItem item : led) {
      late += lateProgressReports(item.id(), today);
    }
    Optional<Long> rolloutId = jdbc.sql("SELECT id FROM rollout WHERE resolution_id = :r AND committee_code = :c")
        .param("r", resolutionId).param("c", committeeCode).query(Long.class).optional();
    LocalDate since = jdbc.sql("""
            SELECT MAX(concluded_on) FROM inspection
             WHERE resolution_id = :r AND inspected_unit = :u AND concluded_on IS NOT NULL""")
        .param("r", resolutionId).param("u", unitCode).query(LocalDate.class).optional()
        .or(() -> rolloutId.map(id -> jdbc.sql("SELECT started_at FROM rollout WHERE id = :id").param("id", id)
            .query(Timestamp.class).single().toLocalDateTime().toLocalDate()))
        .orElse(today);
    return new InspectionFacts(overdueShare, late, null, (int) ChronoUnit.MONTHS.between(since, today));
  }

  /**
   * An item's quarterly progress reports late or missing: one is asked for each quarter that ends while
   * the item is carried out (from the later of its start and the programme's approval, until it is done),
   * on the first day of the next quarter, and is due by the end of that month.
   */
  private int lateProgressReports(long itemId, LocalDate today) {
    Map<String, Object> item = jdbc.sql("""
            SELECT i.start_date, i.completed_at, p.approved_at FROM programme_item i JOIN programme p ON p.id = i.programme_id
             WHERE i.id = :id""").param("id", itemId).query().singleRow();
    LocalDate approved = date(item.get("approved_at"));
    LocalDate start = date(item.get("start_date"));
    LocalDate from = start == null || (approved != null && approved.isAfter(start)) ? approved : start;
    if (from == null) {
      return 0;
    }
    LocalDate completed = date(item.get("completed_at"));
    Map<String, LocalDate> reported = new java.util.HashMap<>();
    jdbc.sql("SELECT quarter, reported_at FROM item_progress WHERE item_id = :id AND quarter IS NOT NULL")
        .param("id", itemId)
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate()))
        .list()
        .forEach(report -> reported.merge(report.getKey(), report.getValue(), (a, b) -> a.isBefore(b) ? a : b));
    int late = 0;
    LocalDate quarterStart = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
    while (true) {
      LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
      // as the quarterly report's task (deadlines.endOfMonth): the end of the next quarter's first month, or the next working day
      LocalDate due = workingDays.onOrAfter(quarterEnd.plusMonths(1).withDayOfMonth(quarterEnd.plusMonths(1).lengthOfMonth()));
      if (!today.isAfter(due) || (completed != null && !completed.isAfter(quarterEnd))) {
        break;
      }
      LocalDate sent = reported.get(quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1));
      if (sent == null || sent.isAfter(due)) {
        late++;
      }
      quarterStart = quarterStart.plusMonths(3);
    }
    return late;
  }

  private static LocalDate date(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return value instanceof LocalDate date ? date : null;
  }

  private int lateReview(Optional<Long> rolloutId, String kind, LocalDate cutoff, LocalDate today) {
    Boolean onTime = rolloutId.flatMap(id -> jdbc.sql("SELECT on_time FROM review_report WHERE rollout_id = :id AND kind = :kind AND status = 'APPROVED'")
        .param("id", id).param("kind", kind).query(Boolean.class).optional()).orElse(null);
    return ReportState.of(onTime, cutoff, today).behind() ? 1 : 0;
  }

  private boolean hasApprovedProgramme(long resolutionId, String committeeCode) {
    return programmes.approved(resolutionId, committeeCode).isPresent();
  }

  private List<ExecutionItem> approvedItems(long resolutionId, String committeeCode) {
    return items.of(resolutionId, committeeCode);
  }

  static boolean overdue(ExecutionItem item, LocalDate today) {
    return item.statusOn(today) == ItemStatus.OVERDUE;
  }

  /** A committee's approved programme's items by colour, as the inspection and the briefing forms show them. */
  String figuresText(long resolutionId, String committeeCode) {
    List<ExecutionItem> programme = approvedItems(resolutionId, committeeCode);
    if (programme.isEmpty()) {
      return "Chưa có chương trình hành động được phê duyệt.";
    }
    return figuresText(programme);
  }

  /** The items of the committee's approved programme a unit leads, by colour. */
  String unitFiguresText(long resolutionId, String committeeCode, String unitCode) {
    String group = TaskGroups.unit(unitCode);
    return figuresText(approvedItems(resolutionId, committeeCode).stream()
        .filter(item -> group.equals(item.leadGroup())).toList());
  }

  private static String figuresText(List<ExecutionItem> programme) {
    LocalDate today = EngineTime.today();
    Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
    for (ExecutionItem item : programme) {
      counts.merge(item.statusOn(today), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder("Tổng số nội dung: " + programme.size());
    for (ItemStatus status : ItemStatus.values()) {
      text.append("\n- ").append(status.label()).append(": ").append(counts.getOrDefault(status, 0));
    }
    return text.toString();
  }

  /**
   * A periodic round chose the committee for these reasons: an inspection is planned, unless one of the
   * same committee on the same resolution is still open (not concluded), which covers them already.
   */
  @Transactional
  OptionalLong planPeriodic(long resolutionId, String inspecting, InspectionTarget target, List<FocusReason> reasons) {
    boolean unit = target.kind() == InspectionTarget.Kind.UNIT;
    boolean open = jdbc.sql(unit
            ? "SELECT COUNT(*) FROM inspection WHERE resolution_id = :r AND inspected_unit = :c AND status = 'PLANNED'"
            : """
              SELECT COUNT(*) FROM inspection
               WHERE resolution_id = :r AND inspected_committee = :c AND inspected_unit IS NULL AND status = 'PLANNED'""")
        .param("r", resolutionId).param("c", target.code()).query(Long.class).single() > 0;
    if (open) {
      return OptionalLong.empty();
    }
    long id = insert(resolutionId, inspecting, unit ? inspecting : target.code(), unit ? target.code() : null,
        InspectionKind.PERIODIC, reasons.stream().map(FocusReason::label).collect(Collectors.joining("\n")));
    for (int i = 0; i < reasons.size(); i++) {
      jdbc.sql("INSERT INTO inspection_reason (inspection_id, seq, code, label) VALUES (:id, :seq, :code, :label)")
          .param("id", id).param("seq", i).param("code", reasons.get(i).code()).param("label", reasons.get(i).label())
          .update();
    }
    return OptionalLong.of(id);
  }

  /**
   * The inspection committee of {@code inspecting} decided to inspect {@code inspected} ad hoc.
   *
   * @throws InvalidInputException when no reason is given or the committee has not started the resolution's rollout
   */
  @Transactional
  long planAdHoc(long resolutionId, String inspecting, String inspected, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "Chưa nêu lý do kiểm tra đột xuất.");
    }
    boolean started = jdbc.sql("SELECT COUNT(*) FROM rollout WHERE resolution_id = :r AND committee_code = :c")
        .param("r", resolutionId).param("c", inspected).query(Long.class).single() > 0;
    if (!started) {
      throw new InvalidInputException("inspectedCommittee", "Cấp ủy được chọn chưa triển khai nghị quyết này.");
    }
    return insert(resolutionId, inspecting, inspected, null, InspectionKind.AD_HOC, reason.strip());
  }

  private long insert(long resolutionId, String inspecting, String inspected, String inspectedUnit, InspectionKind kind,
      String reason) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO inspection (resolution_id, inspecting_committee, inspected_committee, inspected_unit, target_kind,
                                    kind, planned_on, reason, status)
            VALUES (:r, :inspecting, :inspected, :unit, :target, :kind, :today, :reason, 'PLANNED')""")
        .param("r", resolutionId).param("inspecting", inspecting).param("inspected", inspected)
        .param("unit", inspectedUnit)
        .param("target", (inspectedUnit == null ? InspectionTarget.Kind.COMMITTEE : InspectionTarget.Kind.UNIT).name())
        .param("kind", kind.name()).param("today", EngineTime.today()).param("reason", reason)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  Inspection find(long id) {
    return jdbc.sql("""
            SELECT id, resolution_id, inspecting_committee, inspected_committee, kind, planned_on, reason, concluded_on,
                   conclusions, inspected_unit FROM inspection WHERE id = :id""")
        .param("id", id)
        .query(Inspections::inspection)
        .optional()
        .orElseThrow(() -> new IllegalStateException("no inspection " + id));
  }

  /**
   * Records the conclusions; each shortcoming becomes a remedial item led by the inspected committee's
   * office (by the unit's group when a lead unit was inspected), due on its deadline.
   *
   * @return whether there is anything to remedy
   * @throws InvalidInputException when the conclusions are missing, or a shortcoming has no content, or
   *     a deadline that is malformed, not after today or after the end of the term
   */
  @Transactional
  boolean conclude(long id, String conclusions, List<Shortcoming> shortcomings, String concludedBy) {
    Inspection inspection = find(id);
    if (conclusions == null || conclusions.isBlank()) {
      throw new InvalidInputException("conclusions", "Chưa nhập kết luận kiểm tra, giám sát.");
    }
    LocalDate today = EngineTime.today();
    LocalDate termEnd = resolutions.find(inspection.resolutionId()).orElseThrow().term().to();
    List<Shortcoming> rows = new ArrayList<>();
    List<LocalDate> deadlines = new ArrayList<>();
    for (int i = 0; i < shortcomings.size(); i++) {
      Shortcoming shortcoming = shortcomings.get(i);
      boolean noContent = shortcoming.content() == null || shortcoming.content().isBlank();
      boolean noDeadline = shortcoming.deadline() == null || shortcoming.deadline().isBlank();
      if (noContent && noDeadline) {
        continue;
      }
      String row = "Thiếu sót " + (i + 1) + ": ";
      if (noContent) {
        throw new InvalidInputException("shortcomings", row + "chưa nêu nội dung phải khắc phục.");
      }
      if (noDeadline) {
        throw new InvalidInputException("shortcomings", row + "chưa có thời hạn khắc phục.");
      }
      LocalDate deadline;
      try {
        deadline = LocalDate.parse(shortcoming.deadline().strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("shortcomings", row + "thời hạn \"" + shortcoming.deadline() + "\" không đúng định dạng.");
      }
      if (!deadline.isAfter(today)) {
        throw new InvalidInputException("shortcomings", row + "thời hạn khắc phục phải sau hôm nay.");
      }
      if (deadline.isAfter(termEnd)) {
        throw new InvalidInputException("shortcomings", row + "thời hạn khắc phục không thể sau khi kết thúc nhiệm kỳ ("
            + VietnameseFormat.date(termEnd) + ").");
      }
      rows.add(shortcoming);
      deadlines.add(deadline);
    }
    jdbc.sql("""
            UPDATE inspection SET status = 'CONCLUDED', concluded_on = :today, conclusions = :conclusions, concluded_by = :by
             WHERE id = :id""")
        .param("today", today).param("conclusions", conclusions.strip()).param("by", concludedBy).param("id", id)
        .update();
    Committee inspecting = committees.find(inspection.inspectingCommittee()).orElseThrow();
    register.issue(DocumentKind.INSPECTION_CONCLUSION, id, inspecting.code(),
        letterheads.issuer(inspecting, letterheads.byInspectionCommittee(inspecting)), today, null, null, concludedBy);
    String lead = inspection.inspectedUnit() != null
        ? TaskGroups.unit(inspection.inspectedUnit())
        : committees.find(inspection.inspectedCommittee()).orElseThrow().taskGroup(Role.OFFICE);
    for (int i = 0; i < rows.size(); i++) {
      long itemId = items.createRemedial(i, "Khắc phục sau kiểm tra: " + rows.get(i).content().strip(), lead, today,
          deadlines.get(i), "Báo cáo kết quả khắc phục gửi " + inspecting.organName(Role.INSPECTION).orElse(inspecting.name()));
      jdbc.sql("""
              INSERT INTO inspection_shortcoming (inspection_id, seq, content, deadline, item_id)
              VALUES (:id, :seq, :content, :deadline, :item)""")
          .param("id", id).param("seq", i).param("content", rows.get(i).content().strip())
          .param("deadline", deadlines.get(i)).param("item", itemId)
          .update();
    }
    return !rows.isEmpty();
  }

  private static Inspection inspection(ResultSet rs, int row) throws SQLException {
    return new Inspection(rs.getLong("id"), rs.getLong("resolution_id"), rs.getString("inspecting_committee"),
        rs.getString("inspected_committee"), InspectionKind.valueOf(rs.getString("kind")),
        rs.getObject("planned_on", LocalDate.class), rs.getString("reason"), rs.getObject("concluded_on", LocalDate.class),
        rs.getString("conclusions"), rs.getString("inspected_unit"));
  }
}
