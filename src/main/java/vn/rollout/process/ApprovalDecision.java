package vn.rollout.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What an approving organ decided on its form: approve or return ({@code decision}: {@code APPROVE} or
 * {@code RETURN}), with its comments ({@code reviewComments}). The forms that approve a programme, a review
 * report and a programme's amendment share these fields; one left unchosen is refused, naming the field.
 */
public record ApprovalDecision(boolean approve, String comments) {

  public static final String DECISION = "decision";
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String COMMENTS = "reviewComments";

  /**
   * Reads the decision submitted into the task's form; {@code decided} names what is decided on, for the
   * refusal ("Chưa chọn phê duyệt hay trả lại {decided}.").
   */
  public static ApprovalDecision of(DelegateTask task, String decided) {
    Object decision = task.getVariableLocal(DECISION);
    boolean approve = APPROVE.equals(decision);
    if (!approve && !RETURN.equals(decision)) {
      throw FormRejection.of(DECISION, "Chưa chọn phê duyệt hay trả lại " + decided + ".");
    }
    Object comments = task.getVariableLocal(COMMENTS);
    return new ApprovalDecision(approve, comments == null ? null : comments.toString());
  }
}
