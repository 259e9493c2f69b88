package vn.rollout.programme.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.rollout.resolution.Term;

/**
 * Checks an action programme before the standing committee sees it: every item names a lead unit, a
 * deadline inside the term, a concrete output, and its money or its people (a budget above 0, or
 * manpower: a budget of 0 says no money is needed, not who does the work); no item is a slogan
 * ({@link SloganDetection}); and the programme does not copy the superior's ({@link CopyDetection}).
 * Every finding tells the office, in Vietnamese, what to change. The one service behind the programme
 * phase's automatic check step and {@code POST /api/programmes/check}.
 *
 * <p>Verdict: {@code RETURNED} when there is any finding other than {@code COPIED}, or when the share of
 * copied items reaches {@link ProgrammeCheckProperties#returnedCopyShare()} (0.5); otherwise
 * {@code ACCEPTED}: a single copied item is reported, not returned, since every level legitimately
 * repeats a few items such as the mid-term review.
 */
@Service
public class ProgrammeQualityCheck {

  private static final int QUOTE_LENGTH = 160;
  private static final int ADDITION_LENGTH = 40;
  private static final int LISTED = 5;

  private final double returnedCopyShare;
  private final SloganDetection slogans;
  private final CopyDetection copies;

  /** A check with the defaults of {@code application.yaml} and the lexicon shipped with the application. */
  public ProgrammeQualityCheck() {
    this(ProgrammeCheckProperties.defaults());
  }

  @Autowired
  public ProgrammeQualityCheck(ProgrammeCheckProperties properties) {
    Lexicon lexicon = Lexicon.load(properties.lexicon());
    this.returnedCopyShare = properties.returnedCopyShare();
    this.slogans = new SloganDetection(lexicon);
    this.copies = new CopyDetection(lexicon, properties.copyThreshold(), properties.localQuantityFactor());
  }

  /**
   * @param term the committee's term; {@code null} (or a {@code null} bound) if not known
   * @param items the programme's items; a {@code null} item has nothing filled in
   * @param parentItems the approved programme of the superior committee; empty (or {@code null}) for a
   *     top-level programme
   */
  public CheckResult check(Term term, List<ProgrammeItem> items, List<ProgrammeItem> parentItems) {
    List<ProgrammeItem> programme = items == null ? List.of() : items.stream().map(ProgrammeQualityCheck::orBlank).toList();
    List<ProgrammeItem> parent = parentItems == null ? List.of() : parentItems.stream().filter(Objects::nonNull).toList();
    List<Finding> findings = new ArrayList<>();
    if (programme.isEmpty()) {
      findings.add(Finding.of(null, FindingKind.EMPTY, "Chương trình chưa có nội dung nào."));
    }
    List<ReadItem> read = programme.stream().map(ReadItem::of).toList();
    CopyDetection.Match[] matches = copies.copiesRead(read, parent.stream().map(ReadItem::of).toList());
    int copied = 0;
    for (int i = 0; i < programme.size(); i++) {
      ProgrammeItem item = programme.get(i);
      completeness(i, item, term, findings);
      resources(i, item, findings);
      slogan(i, read.get(i), findings);
      CopyDetection.Match match = matches[i];
      if (match != null) {
        copied++;
        findings.add(copied(i, match, parent.get(match.parentItem())));
      }
    }
    double copyShare = programme.isEmpty() ? 0 : (double) copied / programme.size();
    boolean returned = copyShare >= returnedCopyShare || findings.stream().anyMatch(f -> f.kind() != FindingKind.COPIED);
    return new CheckResult(returned ? CheckResult.Verdict.RETURNED : CheckResult.Verdict.ACCEPTED,
        floor(copyShare, 1000), List.copyOf(findings));
  }

  private static ProgrammeItem orBlank(ProgrammeItem item) {
    return item != null ? item : new ProgrammeItem(null, null, null, null, null, null, null, null, null);
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
            "Thời hạn hoàn thành nằm ngoài nhiệm kỳ (" + span(term) + ")."));
      }
      if (item.start() != null && item.start().isAfter(item.deadline())) {
        findings.add(Finding.of(index, FindingKind.START_AFTER_DEADLINE, "Ngày bắt đầu sau thời hạn hoàn thành."));
      }
    }
    if (blank(item.output())) {
      findings.add(Finding.of(index, FindingKind.MISSING_OUTPUT, "Chưa xác định kết quả đầu ra cụ thể."));
    }
  }

  private static String span(Term term) {
    if (term.from() == null) {
      return "đến " + VietnameseDates.format(term.to());
    }
    if (term.to() == null) {
      return "từ " + VietnameseDates.format(term.from());
    }
    return VietnameseDates.format(term.from()) + " – " + VietnameseDates.format(term.to());
  }

  /** Neither money nor people: the articles ask every item for both (0 is a budget: none needed). */
  private static void resources(int index, ProgrammeItem item, List<Finding> findings) {
    boolean budget = item.budgetVnd() != null && item.budgetVnd() > 0;
    if (budget || !blank(item.manpower())) {
      return;
    }
    String message = item.budgetVnd() == null
        ? "Chưa nêu kinh phí và nhân lực: cần ghi kinh phí (đồng) hoặc nhân lực thực hiện (bao nhiêu người, của cơ quan, "
            + "đơn vị nào)."
        : "Đã ghi không cần kinh phí nhưng chưa nêu nhân lực: cần ghi ai thực hiện và bao nhiêu người (cán bộ, đảng viên, "
            + "tổ công tác…).";
    findings.add(Finding.of(index, FindingKind.MISSING_RESOURCES, message));
  }

  private void slogan(int index, ReadItem read, List<Finding> findings) {
    ProgrammeItem item = read.item();
    SloganDetection.Slogan slogan = slogans.judge(read);
    if (slogan == null) {
      return;
    }
    String remedy = "Cần nêu điều đếm được hoặc kiểm tra được khi đến hạn: số lượng cụ thể (số hội nghị, số đảng viên "
        + "được học tập…), sản phẩm, sự kiện hay quyết định (" + String.join(", ", slogans.productExamples())
        + "…) hoặc mốc ngày hoàn thành.";
    String wording = slogan.wording().isEmpty() ? "" : "Nội dung dùng từ ngữ khẩu hiệu (" + quoted(slogan.wording()) + ")";
    if (slogan.reason() == SloganDetection.Reason.NO_OUTPUT) {
      findings.add(Finding.of(index, FindingKind.SLOGAN, wording + " nhưng chưa có kết quả đầu ra. " + remedy));
      return;
    }
    String output = "kết quả đầu ra “" + quote(item.output()) + "” không đo được: ";
    String why = switch (slogan.reason()) {
      case FIGURE_OF_A_STATE -> "con số “" + quote(slogan.figure()) + "” gắn với " + quoted(slogan.vague())
          + ", là trạng thái không đếm được, không kiểm tra được khi đến hạn.";
      case FIGURE_OF_NOTHING -> "con số “" + quote(slogan.figure()) + "” không nói là của việc gì, thứ gì.";
      case REFERENCE -> "“" + slogan.reference() + "” ở đây là văn bản phải theo, không phải sản phẩm cấp mình làm ra"
          + (slogan.vague().isEmpty() ? "." : "; " + quoted(slogan.vague()) + " chỉ nhắc lại nhiệm vụ.");
      case RESTATES -> "chỉ nhắc lại nhiệm vụ bằng từ ngữ chung chung (" + quoted(slogan.vague())
          + "), không nêu được điều gì đếm được hay kiểm tra được.";
      default -> "không có số lượng của một thứ đếm được, sản phẩm, sự kiện, quyết định hay mốc ngày.";
    };
    String message = wording.isEmpty()
        ? "K" + output.substring(1) + why + " " + remedy
        : wording + " nhưng " + output + why + " " + remedy;
    findings.add(Finding.of(index, FindingKind.SLOGAN, message));
  }

  private static Finding copied(int index, CopyDetection.Match match, ProgrammeItem parentItem) {
    double similarity = floor(match.similarity(), 100);
    String additions = match.additions().isEmpty()
        ? "Lời văn là của cấp trên, chỉ đổi từ chỉ cấp."
        : "Lời văn là của cấp trên; phần thêm vào chỉ là địa danh, tên riêng, thời gian hoặc con số ("
            + quoted(match.additions().stream().map(addition -> quote(addition, ADDITION_LENGTH)).toList())
            + "), không làm thay đổi việc phải làm.";
    String message = "Nội dung gần như chép lại mục " + (match.parentItem() + 1) + " của chương trình cấp trên: “"
        + quote(parentItem.content()) + "” (độ tương đồng " + Math.round(similarity * 100) + "%). " + additions
        + " Cần cụ thể hóa cho cấp mình: nêu việc làm, đối tượng, sản phẩm và số lượng của riêng cấp mình.";
    return new Finding(index, FindingKind.COPIED, match.parentItem(), similarity, message);
  }

  /** Up to five phrases, each in quotation marks: “a”, “b”. */
  private static String quoted(List<String> phrases) {
    List<String> shown = phrases.size() <= LISTED ? phrases : phrases.subList(0, LISTED);
    return shown.stream().map(phrase -> "“" + phrase + "”").collect(Collectors.joining(", "))
        + (phrases.size() > LISTED ? "…" : "");
  }

  private static String quote(String text) {
    return quote(text, QUOTE_LENGTH);
  }

  private static String quote(String text, int length) {
    String stripped = text.strip();
    // a long text is cut before it is tidied: twice the length is enough, whatever the spaces
    String head = stripped.length() > 2 * length ? stripped.substring(0, 2 * length) : stripped;
    String quoted = VietnameseText.nfc(head).replaceAll("\\s+", " ");
    return quoted.length() <= length && head.length() == stripped.length() ? quoted
        : quoted.substring(0, Math.min(length, quoted.length())).strip() + "…";
  }

  /** Rounded down, so that a figure shown never reaches a threshold the exact one does not. */
  private static double floor(double value, int scale) {
    return Math.floor(value * scale + 1e-9) / scale;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
