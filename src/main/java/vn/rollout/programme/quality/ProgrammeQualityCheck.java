package vn.rollout.programme.quality;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Checks an action programme before the standing committee sees it: every item names a lead unit, a
 * deadline inside the term and a concrete output. The one service behind the programme phase's
 * automatic check step and {@code POST /api/programmes/check}.
 */
@Service
public class ProgrammeQualityCheck {

  /**
   * @param parentItems the approved programme of the superior committee; empty for a top-level programme
   */
  public CheckResult check(Term term, List<ProgrammeItem> items, List<ProgrammeItem> parentItems) {
    List<Finding> findings = new ArrayList<>();
    if (items.isEmpty()) {
      findings.add(Finding.of(null, FindingKind.EMPTY, "Chương trình chưa có nội dung nào."));
    }
    for (int i = 0; i < items.size(); i++) {
      completeness(i, items.get(i), term, findings);
    }
    CheckResult.Verdict verdict = findings.isEmpty() ? CheckResult.Verdict.ACCEPTED : CheckResult.Verdict.RETURNED;
    return new CheckResult(verdict, 0.0, List.copyOf(findings));
  }

  private static void completeness(int index, ProgrammeItem item, Term term, List<Finding> findings) {
    if (blank(item.lead())) {
      findings.add(Finding.of(index, FindingKind.MISSING_LEAD, "Chưa xác định đơn vị chủ trì."));
    }
    if (item.deadline() == null) {
      findings.add(Finding.of(index, FindingKind.MISSING_DEADLINE, "Chưa xác định thời hạn hoàn thành."));
    } else {
      if (term != null && !term.contains(item.deadline())) {
        findings.add(Finding.of(index, FindingKind.DEADLINE_OUTSIDE_TERM,
            "Thời hạn hoàn thành nằm ngoài nhiệm kỳ (" + VietnameseDates.format(term.from()) + " – "
                + VietnameseDates.format(term.to()) + ")."));
      }
      if (item.start() != null && item.start().isAfter(item.deadline())) {
        findings.add(Finding.of(index, FindingKind.START_AFTER_DEADLINE, "Ngày bắt đầu sau thời hạn hoàn thành."));
      }
    }
    if (blank(item.output())) {
      findings.add(Finding.of(index, FindingKind.MISSING_OUTPUT, "Chưa xác định kết quả đầu ra cụ thể."));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
