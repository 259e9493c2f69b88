package vn.rollout.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.ResolutionDeadlines;
import vn.rollout.resolution.Resolutions;
import vn.rollout.resolution.Targets;
import vn.rollout.rollout.RolloutPhase;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;

/** Reads registered resolutions for {@code GET /api/resolutions/{id}} and {@code GET /api/resolutions}. */
@Service
public class ResolutionViews {

  private final Resolutions resolutions;
  private final ResolutionListing listing;
  private final ResolutionDeadlines deadlines;
  private final CommitteeDirectory committees;
  private final CommitteeAccess access;
  private final Targets targets;

  ResolutionViews(Resolutions resolutions, ResolutionListing listing, ResolutionDeadlines deadlines, CommitteeDirectory committees,
      CommitteeAccess access, Targets targets) {
    this.resolutions = resolutions;
    this.listing = listing;
    this.targets = targets;
    this.deadlines = deadlines;
    this.committees = committees;
    this.access = access;
  }

  /**
   * @throws NotFoundException naming {@code id} when there is no such resolution
   * @throws org.camunda.bpm.engine.AuthorizationException unless the caller belongs to an organ of the
   *     issuing committee, of a committee above it or below it, or is an administrator
   */
  @Transactional(readOnly = true)
  public ResolutionView view(long id) {
    Resolution resolution = resolutions.find(id)
        .orElseThrow(() -> new NotFoundException("id", "Không có nghị quyết mã " + id + "."));
    access.requireInTree(resolution.issuingCommittee());
    List<Integer> sizes = committees.levelSizes(resolution.issuingCommittee());
    Map<String, Integer> byPhase = listing.rolloutsByPhase(id);
    List<ResolutionView.Level> levels = new ArrayList<>();
    for (int level = 0; level <= Math.max(1, sizes.size() - 1); level++) {
      levels.add(new ResolutionView.Level(level, LevelDeadlines.label(level), level < sizes.size() ? sizes.get(level) : 0,
          deadlines.at(resolution, level).byName()));
    }
    return new ResolutionView(resolution.id(), resolution.symbol(), resolution.title(), resolution.issuingCommittee(),
        committees.find(resolution.issuingCommittee()).map(Committee::name).orElse(resolution.issuingCommittee()),
        resolution.term(), resolution.inspectionCycle(),
        resolution.levelOffset() == null ? "P0D" : resolution.levelOffset(), LevelDeadlines.LABELS, levels,
        targets.of(id).stream().map(ResolutionView.TargetView::of).toList(),
        new ResolutionView.RolloutCounts(sizes.stream().mapToInt(Integer::intValue).sum(),
            byPhase.values().stream().mapToInt(Integer::intValue).sum(), byPhase));
  }

  /**
   * {@code GET /api/resolutions}: the resolutions the caller may read with {@link #view(long)}, newest term
   * first, a page at a time.
   *
   * @param committee the issuing committee's code; {@code null}: any
   * @param term {@code 2025-2030}, the years the term runs; {@code null}: any
   * @param status the issuing committee's rollout phase ({@link RolloutPhase}); {@code null}: any
   * @throws vn.rollout.shared.InvalidInputException naming the parameter at fault
   */
  @Transactional(readOnly = true)
  public ResolutionPage list(String committee, String term, String status, Integer page, Integer size) {
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
    if (pageNumber < 0 || pageNumber > MAX_PAGE) {
      throw new InvalidInputException("page", "Số trang phải từ 0 đến " + MAX_PAGE + ".");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "Số nghị quyết mỗi trang phải từ 1 đến " + MAX_PAGE_SIZE + ".");
    }
    String committeeCode = committee == null || committee.isBlank() ? null : committee.strip();
    Integer termFrom = null;
    Integer termTo = null;
    if (term != null && !term.isBlank()) {
      Matcher years = TERM.matcher(term.strip());
      if (!years.matches() || Integer.parseInt(years.group(1)) >= Integer.parseInt(years.group(2))) {
        throw new InvalidInputException("term", "Nhiệm kỳ phải có dạng <năm bắt đầu>-<năm kết thúc>, ví dụ 2025-2030.");
      }
      termFrom = Integer.parseInt(years.group(1));
      termTo = Integer.parseInt(years.group(2));
    }
    RolloutPhase phase = null;
    if (status != null && !status.isBlank()) {
      phase = RolloutPhase.stored().stream().filter(p -> p.name().equalsIgnoreCase(status.strip())).findFirst()
          .orElseThrow(() -> new InvalidInputException("status", "Trạng thái phải là một trong: "
              + RolloutPhase.stored().stream().map(RolloutPhase::name).collect(Collectors.joining(", ")) + "."));
    }
    ResolutionListing.Filter filter = new ResolutionListing.Filter(access.treeScope().orElse(null), committeeCode, termFrom, termTo,
        phase == null ? null : phase.name());
    long total = listing.count(filter);
    List<ResolutionPage.Entry> entries = listing.page(filter, pageNumber * pageSize, pageSize).stream()
        .map(row -> new ResolutionPage.Entry(row.resolution().id(), row.resolution().symbol(), row.resolution().title(),
            row.resolution().issuingCommittee(),
            committees.find(row.resolution().issuingCommittee()).map(Committee::name).orElse(row.resolution().issuingCommittee()),
            row.resolution().term(), row.phase(), RolloutPhase.labelOf(row.phase()), row.targets()))
        .toList();
    return new ResolutionPage(pageNumber, pageSize, total, entries);
  }

  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_PAGE = 100_000;
  private static final Pattern TERM = Pattern.compile("^(\\d{4})\\s*[-–]\\s*(\\d{4})$");
}
