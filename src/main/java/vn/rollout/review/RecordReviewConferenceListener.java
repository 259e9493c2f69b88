package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.shared.InvalidInputException;

/** Completes the review conference: its date, attendance and conclusions. */
@Component("recordReviewConferenceListener")
class RecordReviewConferenceListener implements TaskListener {

  private final Reviews reviews;

  RecordReviewConferenceListener(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    Object heldOn = task.getVariableLocal(FormFields.HELD_ON);
    Object attendees = task.getVariableLocal(FormFields.ATTENDEES);
    Object conclusions = task.getVariableLocal(FormFields.CONCLUSIONS);
    try {
      reviews.recordConference(ReviewTask.rolloutId(task), ReviewTask.kind(task), heldOn == null ? null : heldOn.toString(),
          attendees instanceof Number number ? Integer.valueOf(number.intValue()) : null,
          conclusions == null ? null : conclusions.toString(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}
