package vn.rollout.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts as officials read them: dd/MM/yyyy, and 12.000.000 đồng. */
public final class VietnameseFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private VietnameseFormat() {}

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String period(LocalDate from, LocalDate to) {
    return date(from) + " – " + date(to);
  }

  /** A figure as officials write it: 120.000; 0,5; 1.234,75 (no trailing zeros). */
  public static String number(java.math.BigDecimal value) {
    if (value == null) {
      return "";
    }
    java.text.DecimalFormat format = (java.text.DecimalFormat) java.text.NumberFormat.getNumberInstance(VIETNAMESE);
    format.setMaximumFractionDigits(6);
    format.setGroupingUsed(true);
    return format.format(value);
  }

  public static String money(long vnd) {
    return String.format(VIETNAMESE, "%,d đồng", vnd);
  }
}
