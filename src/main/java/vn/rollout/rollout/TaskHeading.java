package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.process.TaskFormValues;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.shared.VietnameseFormat;

/**
 * What every task of a rollout shows on top of its form and in Tasklist's list: which resolution, which
 * committee, which term. What Tasklist's cards show (the resolution's symbol, the committee's name: the
 * filters' card variables, which Tasklist reads from stored variables only) is set as task-local variables
 * when the task opens, so it goes when the task goes; the rest of the heading is read when the form asks for
 * it ({@link TaskFormValues}), for the tasks that have the cards' values.
 */
@Component
public class TaskHeading implements TaskFormValues {

  private final Resolutions resolutions;
  private final CommitteeDirectory committees;

  TaskHeading(Resolutions resolutions, CommitteeDirectory committees) {
    this.resolutions = resolutions;
    this.committees = committees;
  }

  /** @return the rollout's resolution, for the form's own fields */
  public Resolution present(DelegateTask task) {
    Resolution resolution = resolutionOf(task);
    String committeeName = committeeName(task, committeeOf(task));
    task.setVariableLocal(FormFields.RESOLUTION_SYMBOL, resolution.symbol());
    task.setVariableLocal(FormFields.COMMITTEE_NAME, committeeName);
    task.setDescription("Nghị quyết " + resolution.symbol() + " — " + committeeName);
    return resolution;
  }

  /** The rest of the heading, for a task that was {@linkplain #present presented}. */
  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    if (task.getVariableLocal(FormFields.RESOLUTION_SYMBOL) == null) {
      return;
    }
    Resolution resolution = resolutionOf(task);
    Optional<Committee> committee = committeeOf(task);
    String committeeName = committeeName(task, committee);
    shown.put(FormFields.RESOLUTION_TITLE, TaskFormValues.text(resolution.title()));
    // the organs by their own names: a cell has no "Ban Thường vụ" and no "Văn phòng"
    shown.put(FormFields.OFFICE_NAME,
        TaskFormValues.text(committee.flatMap(c -> c.organName(Role.OFFICE)).orElse(committeeName)));
    shown.put(FormFields.APPROVING_ORGAN_NAME,
        TaskFormValues.text(committee.flatMap(c -> c.organName(Role.APPROVAL)).orElse(committeeName)));
    shown.put(FormFields.TERM_TEXT,
        TaskFormValues.text(VietnameseFormat.period(resolution.term().from(), resolution.term().to())));
  }

  private Resolution resolutionOf(DelegateTask task) {
    long resolutionId = ((Number) task.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue();
    return resolutions.find(resolutionId).orElseThrow(() -> new IllegalStateException("no resolution " + resolutionId));
  }

  private Optional<Committee> committeeOf(DelegateTask task) {
    return committees.find((String) task.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE));
  }

  private static String committeeName(DelegateTask task, Optional<Committee> committee) {
    return committee.map(Committee::name).orElse((String) task.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE));
  }
}
