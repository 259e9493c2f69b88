package vn.rollout.programme;

/**
 * One change of an amendment as the form "Lập đề nghị sửa đổi chương trình" submits it.
 *
 * @param action {@code ADD} a new item, {@code CHANGE} or {@code CANCEL} an item of the programme
 * @param itemNumber for a change or a cancellation: the item's number (STT) in the programme as it stands
 * @param content for a new item; for a change, the new text (blank: unchanged)
 * @param lead the task group of the lead organ or unit (a value of the form's {@code leadOptions})
 * @param deadline {@code yyyy-MM-dd}
 * @param output the concrete output
 */
public record AmendmentChange(String action, Integer itemNumber, String content, String lead, String deadline, String output) {

  public enum Action {
    ADD, CHANGE, CANCEL
  }
}
