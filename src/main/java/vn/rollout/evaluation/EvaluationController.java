package vn.rollout.evaluation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;

/**
 * {@code GET /api/committees/{code}/evaluation?resolution=…}: the figures the organisation board of the
 * committee, or of a committee above it, uses in the annual evaluation.
 */
@RestController
class EvaluationController {

  private final Evaluations evaluations;
  private final CommitteeDirectory committees;
  private final Resolutions resolutions;
  private final CommitteeAccess access;

  EvaluationController(Evaluations evaluations, CommitteeDirectory committees, Resolutions resolutions, CommitteeAccess access) {
    this.evaluations = evaluations;
    this.committees = committees;
    this.resolutions = resolutions;
    this.access = access;
  }

  @GetMapping("/api/committees/{code}/evaluation")
  Evaluation evaluation(@PathVariable String code, @RequestParam long resolution) {
    Committee committee = committees.find(code)
        .orElseThrow(() -> new NotFoundException("code", "Không có cấp ủy mã \"" + code + "\" trong danh mục tổ chức."));
    access.require(Role.EVALUATION, code);
    Resolution found = resolutions.find(resolution)
        .orElseThrow(() -> new InvalidInputException("resolution", "Không có nghị quyết số " + resolution + "."));
    return evaluations.of(found, committee);
  }
}
