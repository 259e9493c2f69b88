package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.shared.VietnameseFormat;

/**
 * What every task of a rollout shows on top of its form and in Tasklist's list: which resolution, which
 * committee, which term. Set as task-local variables, so they go when the task goes.
 */
@Component
public class TaskHeading {

  private final Resolutions resolutions;
  private final CommitteeDirectory committees;

  TaskHeading(Resolutions resolutions, CommitteeDirectory committees) {
    this.resolutions = resolutions;
    this.committees = committees;
  }

  /** @return the rollout's resolution, for the form's own fields */
  public Resolution present(DelegateTask task) {
    long resolutionId = ((Number) task.getVariable(Variables.RESOLUTION_ID)).longValue();
    String committeeCode = (String) task.getVariable(Variables.COMMITTEE_CODE);
    Resolution resolution = resolutions.find(resolutionId)
        .orElseThrow(() -> new IllegalStateException("no resolution " + resolutionId));
    Optional<Committee> committee = committees.find(committeeCode);
    String committeeName = committee.map(Committee::name).orElse(committeeCode);
    task.setVariableLocal(FormFields.RESOLUTION_SYMBOL, resolution.symbol());
    task.setVariableLocal(FormFields.RESOLUTION_TITLE, resolution.title());
    task.setVariableLocal(FormFields.COMMITTEE_NAME, committeeName);
    // the organs by their own names: a cell has no "Ban Thường vụ" and no "Văn phòng"
    task.setVariableLocal(FormFields.OFFICE_NAME, committee.flatMap(c -> c.organName(Role.OFFICE)).orElse(committeeName));
    task.setVariableLocal(FormFields.APPROVING_ORGAN_NAME, committee.flatMap(c -> c.organName(Role.APPROVAL)).orElse(committeeName));
    task.setVariableLocal(FormFields.TERM_TEXT,
        VietnameseFormat.period(resolution.term().from(), resolution.term().to()));
    task.setDescription("Nghị quyết " + resolution.symbol() + " — " + committeeName);
    return resolution;
  }
}
