package vn.rollout.resolution;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.NotFoundException;

/** Reads registered resolutions for {@code GET /api/resolutions/{id}}. */
@Service
public class ResolutionViews {

  private final Resolutions resolutions;
  private final ResolutionDeadlines deadlines;
  private final CommitteeDirectory committees;
  private final CommitteeAccess access;

  ResolutionViews(Resolutions resolutions, ResolutionDeadlines deadlines, CommitteeDirectory committees,
      CommitteeAccess access) {
    this.resolutions = resolutions;
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
    List<ResolutionView.Level> levels = new ArrayList<>();
    for (int level = 0; level <= Math.max(1, sizes.size() - 1); level++) {
      levels.add(new ResolutionView.Level(level, LevelDeadlines.label(level), level < sizes.size() ? sizes.get(level) : 0,
          deadlines.at(resolution, level).byName()));
    }
    return new ResolutionView(resolution.id(), resolution.symbol(), resolution.title(), resolution.issuingCommittee(),
        committees.find(resolution.issuingCommittee()).map(Committee::name).orElse(resolution.issuingCommittee()),
        resolution.term(), resolution.inspectionCycle(),
        resolution.levelOffset() == null ? "P0D" : resolution.levelOffset(), LevelDeadlines.LABELS, levels);
  }
}
