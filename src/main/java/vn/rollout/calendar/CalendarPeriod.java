package vn.rollout.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as the models and the registration write it: an ISO 8601 period of the calendar
 * ({@code P7D}, {@code P2W}, {@code P1M}) or a number of working days, {@code P10WD} (ngày làm việc:
 * weekends, public holidays and announced days off do not count).
 */
public record CalendarPeriod(Period calendar, int workingDays) {

  private static final Pattern WORKING_DAYS = Pattern.compile("^P(\\d{1,3})WD$");

  public CalendarPeriod {
    if ((calendar == null) == (workingDays < 0)) {
      throw new IllegalArgumentException("Either a period of the calendar or a number of working days");
    }
  }

  /**
   * @throws IllegalArgumentException when the text is neither an ISO 8601 period nor {@code P<n>WD}, or is negative
   */
  public static CalendarPeriod parse(String text) {
    String period = text == null ? "" : text.strip();
    Matcher matcher = WORKING_DAYS.matcher(period);
    if (matcher.matches()) {
      return new CalendarPeriod(null, Integer.parseInt(matcher.group(1)));
    }
    try {
      Period parsed = Period.parse(period);
      if (parsed.isNegative()) {
        throw new IllegalArgumentException("A negative period: " + text);
      }
      return new CalendarPeriod(parsed, -1);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a period (P7D, P1M, P10WD): " + text, e);
    }
  }

  public boolean inWorkingDays() {
    return calendar == null;
  }

  public boolean isZero() {
    return inWorkingDays() ? workingDays == 0 : calendar.isZero();
  }

  /** {@code times} periods after {@code day} (before it when {@code times} is negative); the day itself for 0. */
  public LocalDate shift(LocalDate day, int times, WorkingDays calendarOfWork) {
    if (times == 0 || isZero()) {
      return day;
    }
    if (inWorkingDays()) {
      return times > 0 ? calendarOfWork.after(day, workingDays * times) : calendarOfWork.before(day, workingDays * -times);
    }
    return day.plus(calendar.multipliedBy(times));
  }

  @Override
  public String toString() {
    return inWorkingDays() ? "P" + workingDays + "WD" : calendar.toString();
  }
}
