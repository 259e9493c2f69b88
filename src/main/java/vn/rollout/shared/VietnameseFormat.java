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

  public static String money(long vnd) {
    return String.format(VIETNAMESE, "%,d đồng", vnd);
  }
}
