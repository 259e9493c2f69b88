package vn.rollout.programme;

import java.util.List;

/**
 * One item of a draft programme as the form "Xây dựng chương trình hành động" shows and submits it.
 *
 * @param lead the task group of the lead organ or unit (a value of the form's {@code leadOptions})
 * @param coordinators task groups of the coordinating organs and units
 * @param noBudget ticked when the item needs no budget
 * @param budgetVnd budget in VND, when one is needed
 * @param start {@code yyyy-MM-dd}
 * @param deadline {@code yyyy-MM-dd}
 * @param findings shown only: what the last automatic check found wrong with this item
 * @param targetIds the resolution's targets (chỉ tiêu) the item serves, their ids as text (the form's
 *     {@code targetOptions}); only targets of the programme's resolution
 */
public record DraftItem(
    String content,
    String lead,
    List<String> coordinators,
    Boolean noBudget,
    Long budgetVnd,
    String manpower,
    String start,
    String deadline,
    String output,
    String target,
    String findings,
    List<String> targetIds) {

  /** An item serving none of the resolution's targets (the arity before targets were linked). */
  public DraftItem(String content, String lead, List<String> coordinators, Boolean noBudget, Long budgetVnd,
      String manpower, String start, String deadline, String output, String target, String findings) {
    this(content, lead, coordinators, noBudget, budgetVnd, manpower, start, deadline, output, target, findings, null);
  }
}
