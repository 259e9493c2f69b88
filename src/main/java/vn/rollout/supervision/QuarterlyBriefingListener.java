package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.InvalidInputException;

/**
 * "Giao ban quý": on create, the quarter that has just ended and the committee's programme items by
 * colour, from the domain tables; on complete, the briefing is recorded for that quarter.
 */
@Component("quarterlyBriefingListener")
class QuarterlyBriefingListener implements TaskListener {

  static final String QUARTER = "quarter";
  static final String CONCLUSIONS = "conclusions";

  private final TaskHeading heading;
  private final Inspections inspections;
  private final Briefings briefings;

  QuarterlyBriefingListener(TaskHeading heading, Inspections inspections, Briefings briefings) {
    this.heading = heading;
    this.inspections = inspections;
    this.briefings = briefings;
  }

  @Override
  public void notify(DelegateTask task) {
    long resolutionId = ((Number) task.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      heading.present(task);
      Briefings.Quarter quarter = Briefings.Quarter.justEnded();
      task.setName("Giao ban " + quarter.text());
      task.setVariableLocal(QUARTER, quarter.key());
      task.setVariableLocal(FormFields.QUARTER_TEXT, quarter.text());
      task.setVariableLocal(FormFields.QUARTER_FIGURES_TEXT,
          inspections.figuresText(resolutionId, (String) task.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE)));
      task.setVariableLocal(FormFields.HELD_ON, null);
      task.setVariableLocal(CONCLUSIONS, null);
      return;
    }
    Object heldOn = task.getVariableLocal(FormFields.HELD_ON);
    Object conclusions = task.getVariableLocal(CONCLUSIONS);
    try {
      briefings.record(((Number) task.getVariable(ResolutionRolloutProcess.Variables.ROLLOUT_ID)).longValue(),
          (String) task.getVariableLocal(QUARTER), heldOn == null ? null : heldOn.toString(),
          conclusions == null ? null : conclusions.toString(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}
