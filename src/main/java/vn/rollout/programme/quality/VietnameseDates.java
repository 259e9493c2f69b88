package vn.rollout.programme.quality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as officials read them: dd/MM/yyyy. */
final class VietnameseDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {}

  static String format(LocalDate date) {
    return FORMAT.format(date);
  }
}
