package vn.rollout.dashboard;

import java.sql.Timestamp;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.dashboard.ResolutionStatus.Cascade;
import vn.rollout.dashboard.ResolutionStatus.Colour;
import vn.rollout.dashboard.ResolutionStatus.CommitteeStatus;
import vn.rollout.dashboard.ResolutionStatus.NextCutoff;
import vn.rollout.dashboard.ResolutionStatus.PhaseItems;
import vn.rollout.dashboard.ResolutionStatus.Report;
import vn.rollout.dashboard.ResolutionStatus.ResolutionSummary;
import vn.rollout.organisation.Role;
import vn.rollout.programme.ItemStatus;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.ResolutionDeadlines;
import vn.rollout.resolution.Resolutions;
import vn.rollout.review.ReportState;
import vn.rollout.rollout.RolloutPhase;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/**
 * The status of a resolution's rollout in a committee and its subtree: the one service behind the
 * status endpoint, its XLSX export and the Cockpit dashboard.
 */
@Service
class StatusBoard {

  static final int DEFAULT_DEPTH = 1;
  static final int MAX_DEPTH = 6;

  private final Resolutions resolutions;
  private final StatusQuery query;
  private final CommitteeAccess access;
  private final ResolutionDeadlines deadlines;

  StatusBoard(Resolutions resolutions, StatusQuery query, CommitteeAccess access, ResolutionDeadlines deadlines) {
    this.resolutions = resolutions;
    this.query = query;
    this.access = access;
    this.deadlines = deadlines;
  }

  /**
   * @param committeeCode {@code null} or blank: the issuing committee
   * @param depth {@code null}: {@value #DEFAULT_DEPTH}
   */
  @Transactional(readOnly = true)
  public ResolutionStatus status(long resolutionId, String committeeCode, Integer depth) {
    Resolution resolution = resolution(resolutionId);
    int levels = depth == null ? DEFAULT_DEPTH : depth;
    if (levels < 0 || levels > MAX_DEPTH) {
      throw new InvalidInputException("depth", "Số cấp hiển thị phải từ 0 đến " + MAX_DEPTH + ".");
    }
    String root = committeeCode == null || committeeCode.isBlank() ? resolution.issuingCommittee() : committeeCode.strip();
    // access first: a caller learns nothing of a committee or a resolution that is not theirs to see
    access.require(Role.OFFICE, root);
    List<String> chain = query.selfAndAncestors(root);
    if (chain.isEmpty()) {
      throw new InvalidInputException("committee", "Không có cấp ủy mã \"" + root + "\" trong danh mục tổ chức.");
    }
    if (!chain.contains(resolution.issuingCommittee())) {
      throw new InvalidInputException("committee",
          "Cấp ủy mã \"" + root + "\" không thuộc phạm vi triển khai nghị quyết này.");
    }

    LocalDate today = EngineTime.today();
    List<StatusQuery.Row> rows = query.committees(resolutionId, root, levels);
    Map<String, EnumMap<ItemStatus, Integer>> items = query.items(resolutionId, root, levels, today);

    Map<String, List<StatusQuery.Row>> children = new HashMap<>();
    StatusQuery.Row top = null;
    for (StatusQuery.Row row : rows) {
      if (row.level() == 0) {
        top = row;
      } else {
        children.computeIfAbsent(row.parentCode(), code -> new ArrayList<>()).add(row);
      }
    }
    // subordinates by name as a Vietnamese reader sorts them; one collation key per name, not a collation per comparison
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    Map<String, CollationKey> keys = new HashMap<>();
    rows.forEach(row -> keys.put(row.code(), vietnamese.getCollationKey(row.name())));
    Comparator<StatusQuery.Row> byName = Comparator.comparing((StatusQuery.Row row) -> keys.get(row.code()))
        .thenComparing(StatusQuery.Row::code);
    children.values().forEach(list -> list.sort(byName));

    Map<String, int[]> cascades = new HashMap<>();
    cascade(top, children, cascades);

    // each committee meets the deadlines of its level in the resolution's tree (ResolutionDeadlines)
    int issuerDepth = top.depth() - deadlines.levelOf(resolution, root);
    Map<Integer, LevelDeadlines> byLevel = new HashMap<>();
    java.util.function.Function<StatusQuery.Row, LevelDeadlines> levelOf = row ->
        byLevel.computeIfAbsent(Math.max(0, row.depth() - issuerDepth), level -> deadlines.at(resolution, level));

    List<CommitteeStatus> committees = new ArrayList<>(rows.size());
    Deque<StatusQuery.Row> stack = new ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      StatusQuery.Row row = stack.pop();
      List<StatusQuery.Row> below = children.getOrDefault(row.code(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(below.get(i));
      }
      committees.add(committee(row, items.get(row.code()), cascades.get(row.code()), below.size(), levelOf.apply(row), today));
    }

    return new ResolutionStatus(
        new ResolutionSummary(resolution.id(), resolution.symbol(), resolution.title(), resolution.issuingCommittee()),
        root, levels, today,
        nextCutoff(levelOf.apply(top), today, Arrays.asList(Cutoff.values())),
        committees.get(0).cascade(),
        Arrays.stream(ItemStatus.values()).map(s -> new Colour(s.name(), s.colour(), s.label())).toList(),
        committees,
        byPhase(committees));
  }

  Resolution resolution(long resolutionId) {
    return resolutions.find(resolutionId)
        .orElseThrow(() -> new InvalidInputException("id", "Không có nghị quyết mã số " + resolutionId + "."));
  }

  /** Committees with a rollout, and committees, in each subtree of the window (post-order, without recursion). */
  private static void cascade(StatusQuery.Row top, Map<String, List<StatusQuery.Row>> children, Map<String, int[]> cascades) {
    Deque<StatusQuery.Row> pending = new ArrayDeque<>();
    List<StatusQuery.Row> order = new ArrayList<>();
    pending.push(top);
    while (!pending.isEmpty()) {
      StatusQuery.Row row = pending.pop();
      order.add(row);
      children.getOrDefault(row.code(), List.of()).forEach(pending::push);
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      StatusQuery.Row row = order.get(i);
      int[] counts = {row.started() ? 1 : 0, 1};
      for (StatusQuery.Row child : children.getOrDefault(row.code(), List.of())) {
        int[] below = cascades.get(child.code());
        counts[0] += below[0];
        counts[1] += below[1];
      }
      cascades.put(row.code(), counts);
    }
  }

  private static CommitteeStatus committee(StatusQuery.Row row, EnumMap<ItemStatus, Integer> counts, int[] cascade,
      int subordinates, LevelDeadlines dates, LocalDate today) {
    Map<String, Integer> items = new LinkedHashMap<>();
    for (ItemStatus status : ItemStatus.values()) {
      items.put(status.name(), counts == null ? 0 : counts.getOrDefault(status, 0));
    }
    int total = items.values().stream().mapToInt(Integer::intValue).sum();
    int onTime = counts == null ? 0 : counts.getOrDefault(ItemStatus.DONE_ON_TIME, 0);
    int due = onTime + (counts == null ? 0
        : counts.getOrDefault(ItemStatus.DONE_LATE, 0) + counts.getOrDefault(ItemStatus.OVERDUE, 0));
    RolloutPhase phase = RolloutPhase.of(row.phase(), row.started());

    List<Cutoff> open = new ArrayList<>();
    if (!row.studied()) {
      open.add(Cutoff.STUDY);
    }
    if (!"APPROVED".equals(row.programmeStatus())) {
      open.add(Cutoff.PROGRAMME);
    }
    if (row.midTermOnTime() == null) {
      open.add(Cutoff.MID_TERM_REPORT);
    }
    if (row.finalOnTime() == null) {
      open.add(Cutoff.FINAL_REPORT);
    }
    return new CommitteeStatus(row.code(), row.name(), row.symbol(), row.level() == 0 ? null : row.parentCode(),
        row.level(), phase.name(), phase.label(), row.processInstanceId(),
        "APPROVED".equals(row.programmeStatus()) ? row.programmeSymbol() : null,
        items, total, due == 0 ? null : Math.round(100f * onTime / due),
        report(row.midTermOnTime(), row.midTermSubmittedAt(), dates.midTermReportCutoff(), today),
        report(row.finalOnTime(), row.finalSubmittedAt(), dates.finalReportCutoff(), today),
        nextCutoff(dates, today, open),
        new Cascade(cascade[0], cascade[1], Math.round(100f * cascade[0] / cascade[1])),
        subordinates);
  }

  static Report report(Boolean onTime, Timestamp submittedAt, LocalDate cutoff, LocalDate today) {
    ReportState state = ReportState.of(onTime, cutoff, today);
    LocalDateTime at = submittedAt == null ? null
        : LocalDateTime.ofInstant(submittedAt.toInstant(), ZoneId.systemDefault());
    return new Report(state.name(), state.label(), state.colour(), at);
  }

  private static NextCutoff nextCutoff(LevelDeadlines dates, LocalDate today, List<Cutoff> candidates) {
    return candidates.stream()
        .filter(cutoff -> !cutoff.of(dates).isBefore(today))
        .min(Comparator.comparing(cutoff -> cutoff.of(dates)))
        .map(cutoff -> new NextCutoff(cutoff.name(), cutoff.label(), cutoff.of(dates),
            ChronoUnit.DAYS.between(today, cutoff.of(dates))))
        .orElse(null);
  }

  private static List<PhaseItems> byPhase(List<CommitteeStatus> committees) {
    List<PhaseItems> phases = new ArrayList<>();
    for (RolloutPhase phase : RolloutPhase.values()) {
      List<CommitteeStatus> in = committees.stream().filter(c -> c.phase().equals(phase.name())).toList();
      if (in.isEmpty()) {
        continue;
      }
      Map<String, Integer> items = new LinkedHashMap<>();
      for (ItemStatus status : ItemStatus.values()) {
        items.put(status.name(), in.stream().mapToInt(c -> c.count(status.name())).sum());
      }
      phases.add(new PhaseItems(phase.name(), phase.label(), in.size(), items));
    }
    return phases;
  }
}
