package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.process.TaskFormValues;
import vn.rollout.rollout.TaskHeading;

/**
 * Opens "Phê duyệt báo cáo sơ kết giữa nhiệm kỳ" (or tổng kết) for the standing committee: the office's draft in
 * full, as text (the Word document is the office's to download: {@code reports/{kind}.docx} needs the office role), and
 * the cut-off the approval date is measured against.
 */
@Component("showReviewReportForApprovalListener")
class ShowReviewReportForApprovalListener implements TaskListener, TaskFormValues {

  private final TaskHeading heading;
  private final Reviews reviews;

  ShowReviewReportForApprovalListener(TaskHeading heading, Reviews reviews) {
    this.heading = heading;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewKind kind = ReviewTask.kind(task);
    ReviewTask.open(task, heading, kind.approvalTask());
    task.setVariableLocal(FormFields.DRAFT_TEXT, reviews.draftOf(ReviewTask.rolloutId(task), kind)
        .map(draft -> text(draft.report())).orElse("Chưa có dự thảo."));
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    ReviewTask.show(task, shown);
  }

  /** The standing committee's decision and comments. */
  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return Set.of(FormFields.DECISION, FormFields.REVIEW_COMMENTS);
  }

  /** The draft as the form's markdown shows it, section by section. */
  static String text(ReviewSubmission report) {
    List<String> parts = new ArrayList<>();
    section(parts, "Kết quả trên lĩnh vực kinh tế", report.resultsEconomy());
    section(parts, "Kết quả trên lĩnh vực văn hóa – xã hội", report.resultsCultureSociety());
    section(parts, "Kết quả xây dựng Đảng và hệ thống chính trị", report.resultsPartyBuilding());
    section(parts, "Đánh giá chung", report.overallAssessment());
    if (!report.limitations().isEmpty()) {
      StringBuilder limitations = new StringBuilder("**Hạn chế, yếu kém và trách nhiệm**");
      report.limitations().forEach(l -> limitations.append("\n- ").append(l.limitation())
          .append(" (trách nhiệm: ").append(l.responsible()).append(")"));
      parts.add(limitations.toString());
    }
    section(parts, "Nguyên nhân", report.causes());
    section(parts, "Bài học kinh nghiệm", report.lessons());
    section(parts, "Phương hướng, giải pháp", report.solutions());
    section(parts, "Kiến nghị, đề xuất", report.recommendations());
    if (report.typedNumber() != null) {
      parts.add("**Số văn bản Văn phòng đã lấy theo sổ giấy:** " + report.typedNumber());
    }
    return String.join("\n\n", parts);
  }

  private static void section(List<String> parts, String title, String text) {
    if (text != null && !text.isBlank()) {
      parts.add("**" + title + "**\n\n" + text.strip());
    }
  }
}
