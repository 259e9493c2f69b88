package vn.rollout.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines as the models use them. A deadline is a date meaning the end of that day in Vietnam (the
 * JVM's zone, see {@code VietnamTimeZone}); the models' timers call {@code ${deadlines.reminder(studyDue, 'P7D')}},
 * so a process owner changes how long before a deadline the reminder comes in the Modeler.
 */
@CalledFromModels
@Component("deadlines")
public class Deadlines {

  private final LocalTime reminderTime;

  Deadlines(@Value("${rollout.reminder-time:07:00}") String reminderTime) {
    this.reminderTime = LocalTime.parse(reminderTime);
  }

  /** The end of {@code day} in Vietnam: the instant a deadline on that day passes. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.MAX.withNano(0)).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** The day, in Vietnam, of a deadline. */
  public static LocalDate day(Date deadline) {
    return deadline.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /**
   * When to remind of a deadline: at the start of the office day ({@code rollout.reminder-time}) on the
   * day that lies {@code before} (an ISO period such as {@code P7D}) before the deadline's day.
   */
  public Date reminder(Date deadline, String before) {
    LocalDate day = day(deadline).minus(Period.parse(before));
    return Date.from(day.atTime(reminderTime).atZone(ZoneId.systemDefault()).toInstant());
  }

  /**
   * When a review's report opens: at the start of the office day on 1 February of the cut-off's year,
   * or 80 days before the cut-off when that is earlier than 1 February.
   */
  public Date reviewOpens(LocalDate cutoff) {
    LocalDate first = LocalDate.of(cutoff.getYear(), 2, 1);
    LocalDate day = first.isBefore(cutoff) ? first : cutoff.minusDays(80);
    return Date.from(day.atTime(reminderTime).atZone(ZoneId.systemDefault()).toInstant());
  }
}
