package vn.rollout.resolution;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.resolution.Term;

/**
 * The targets of a resolution to register, checked one by one, each refusal naming the field at fault
 * ({@code targets[1].target}): every field given; names and units as NFC text without control
 * characters, of bounded length; no two targets of the same name; values from 0 to a thousand billion
 * with at most six decimals; whole years, the target's inside the term, the baseline's at most ten years
 * before the term and before the target's; at most {@value #MAX_TARGETS} targets.
 */
final class TargetValidation {

  static final int MAX_TARGETS = 100;
  static final int MAX_NAME = 500;
  static final int MAX_UNIT = 32;
  static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
  static final int MAX_SCALE = 6;
  static final int BASELINE_YEARS_BEFORE_TERM = 10;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}\\u2028\\u2029]");

  private TargetValidation() {}

  /** The targets as stored (id and resolution not yet known); an empty list when none were sent. */
  static List<Target> validate(List<TargetRequest> requests, Term term) {
    if (requests == null || requests.isEmpty()) {
      return List.of();
    }
    if (requests.size() > MAX_TARGETS) {
      throw new InvalidInputException("targets", "Một nghị quyết có tối đa " + MAX_TARGETS + " chỉ tiêu; đã gửi "
          + requests.size() + ".");
    }
    List<Target> targets = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      String at = "targets[" + i + "]";
      String which = "Chỉ tiêu thứ " + (i + 1);
      TargetRequest request = requests.get(i);
      if (request == null) {
        throw new InvalidInputException(at, which + " trống.");
      }
      String name = text(request.name(), at + ".name", which, "tên chỉ tiêu", MAX_NAME);
      Integer same = names.putIfAbsent(name.toLowerCase(Locale.forLanguageTag("vi")).replaceAll("\\s+", " "), i);
      if (same != null) {
        throw new InvalidInputException(at + ".name", which + " trùng tên với chỉ tiêu thứ " + (same + 1) + ": \"" + name + "\".");
      }
      String unit = text(request.unit(), at + ".unit", which, "đơn vị tính", MAX_UNIT);
      BigDecimal baseline = value(request.baseline(), at + ".baseline", which, "giá trị năm gốc");
      BigDecimal target = value(request.target(), at + ".target", which, "giá trị mục tiêu");
      int targetYear = year(request.targetYear(), at + ".targetYear", which, "năm đạt mục tiêu");
      if (targetYear < term.from().getYear() || targetYear > term.to().getYear()) {
        throw new InvalidInputException(at + ".targetYear", which + ": năm đạt mục tiêu (" + targetYear
            + ") phải trong nhiệm kỳ, từ " + term.from().getYear() + " đến " + term.to().getYear() + ".");
      }
      int baselineYear = year(request.baselineYear(), at + ".baselineYear", which, "năm gốc");
      int earliest = term.from().getYear() - BASELINE_YEARS_BEFORE_TERM;
      if (baselineYear < earliest || baselineYear >= targetYear) {
        throw new InvalidInputException(at + ".baselineYear", which + ": năm gốc (" + baselineYear + ") phải từ "
            + earliest + " và trước năm đạt mục tiêu (" + targetYear + ").");
      }
      String fieldText = request.field() == null ? "" : request.field().strip();
      if (fieldText.isEmpty()) {
        throw new InvalidInputException(at + ".field", which + ": chưa chọn lĩnh vực.");
      }
      TargetField field = TargetField.parse(fieldText).orElseThrow(() -> new InvalidInputException(at + ".field",
          which + ": lĩnh vực phải là một trong: " + fields() + "."));
      if (request.higherIsBetter() == null) {
        throw new InvalidInputException(at + ".higherIsBetter", which
            + ": chưa cho biết chỉ tiêu càng cao càng tốt (như tỷ trọng kinh tế số) hay càng thấp càng tốt (như tỷ lệ hộ nghèo).");
      }
      targets.add(new Target(0, 0, i, name, unit, baseline, baselineYear, target, targetYear, field,
          request.higherIsBetter()));
    }
    return targets;
  }

  static String fields() {
    List<String> labels = new ArrayList<>();
    for (TargetField field : TargetField.values()) {
      // "Xây dựng Đảng" keeps its capital: only the first letter is lowered
      labels.add(field.label().substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + field.label().substring(1));
    }
    return String.join("; ", labels);
  }

  private static String text(String value, String field, String which, String label, int max) {
    String text = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (text.isEmpty()) {
      throw new InvalidInputException(field, which + ": chưa nhập " + label + ".");
    }
    if (CONTROL.matcher(text).find()) {
      throw new InvalidInputException(field, which + ": " + label + " có ký tự điều khiển hoặc ký tự không hiển thị.");
    }
    if (text.codePointCount(0, text.length()) > max) {
      throw new InvalidInputException(field, which + ": " + label + " dài quá " + max + " ký tự.");
    }
    return text;
  }

  private static BigDecimal value(BigDecimal value, String field, String which, String label) {
    if (value == null) {
      throw new InvalidInputException(field, which + ": chưa nhập " + label + ".");
    }
    if (value.signum() < 0) {
      throw new InvalidInputException(field, which + ": " + label + " không được âm.");
    }
    if (value.compareTo(MAX_VALUE) > 0) {
      throw new InvalidInputException(field, which + ": " + label + " lớn quá 1.000.000.000.000.");
    }
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() > MAX_SCALE) {
      throw new InvalidInputException(field, which + ": " + label + " có quá " + MAX_SCALE + " chữ số thập phân.");
    }
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }

  private static int year(BigDecimal value, String field, String which, String label) {
    if (value == null) {
      throw new InvalidInputException(field, which + ": chưa nhập " + label + ".");
    }
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() > 0 || exact.compareTo(BigDecimal.valueOf(1900)) < 0 || exact.compareTo(BigDecimal.valueOf(2200)) > 0) {
      throw new InvalidInputException(field, which + ": " + label + " phải là một năm, ví dụ 2030.");
    }
    return exact.intValueExact();
  }
}
