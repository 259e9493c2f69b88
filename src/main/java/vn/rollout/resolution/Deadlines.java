package vn.rollout.resolution;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.rollout.calendar.CalendarPeriod;
import vn.rollout.calendar.WorkingDays;
import vn.rollout.process.CalledFromModels;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * Deadlines as the models use them. A deadline is a date meaning the end of that day in Vietnam (the
 * JVM's zone, see {@code VietnamTimeZone}); one that falls on a day that is not a working day (a
 * weekend, a public holiday, an announced day off) moves to the end of the next working day. The
 * models call this bean, so a process owner changes in the Modeler which deadline a timer or a task
 * follows ({@code ${deadlines.ofLevel(resolutionId, level, 'studyDue')}}: the rollout's level's, read
 * from the resolution rather than copied into each rollout), how long before a deadline the reminder
 * comes ({@code ${deadlines.reminder(deadlines.ofLevel(resolutionId, level, 'studyDue'), 'P7D')}}) and how
 * long a task may take ({@code ${deadlines.within(now(), 'P5WD')}}). Periods are ISO 8601 ({@code P7D},
 * {@code P1M}) or working days ({@code P5WD}). Read-only: models may call any of its public methods.
 */
@CalledFromModels
@Component("deadlines")
public class Deadlines {

  private final LocalTime reminderTime;
  private final WorkingDays workingDays;
  private final Resolutions resolutions;
  private final ResolutionDeadlines levels;

  Deadlines(@Value("${rollout.reminder-time:07:00}") String reminderTime, WorkingDays workingDays,
      Resolutions resolutions, ResolutionDeadlines levels) {
    this.reminderTime = LocalTime.parse(reminderTime);
    this.workingDays = workingDays;
    this.resolutions = resolutions;
    this.levels = levels;
  }

  /** The end of {@code day} in Vietnam: the instant a deadline on that day passes. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.MAX.withNano(0)).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** The day, in Vietnam, of a deadline. */
  public static LocalDate day(Date deadline) {
    return deadline.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /** A deadline on {@code day}: the end of that day, or of the next working day when it is not one. */
  public Date due(LocalDate day) {
    return endOfDay(workingDays.onOrAfter(day));
  }

  /**
   * When to remind of a deadline: at the start of the office day ({@code rollout.reminder-time}) on the
   * day that lies {@code before} (an ISO period such as {@code P7D}, or working days, {@code P5WD})
   * before the deadline's day.
   */
  public Date reminder(Date deadline, String before) {
    LocalDate day = CalendarPeriod.parse(before).shift(day(deadline), -1, workingDays);
    return Date.from(day.atTime(reminderTime).atZone(ZoneId.systemDefault()).toInstant());
  }

  /**
   * A task's deadline {@code period} after {@code from} (usually {@code now()}): the end of that day, or
   * of the next working day; {@code P5WD} is the end of the fifth working day after today.
   */
  public Date within(Date from, String period) {
    return due(CalendarPeriod.parse(period).shift(day(from), 1, workingDays));
  }

  /**
   * The end of the month of {@code from}, or of the next working day when its last day is not one: a
   * quarter's progress report asked for on 1 April is due on 30 April, a public holiday, so on the next
   * working day.
   */
  public Date endOfMonth(Date from) {
    LocalDate day = day(from);
    return due(day.withDayOfMonth(day.lengthOfMonth()));
  }

  /**
   * One of a resolution's deadlines for the committees at a level of its tree (0: the issuing
   * committee, 1: its direct subordinates…), by the name of the rollout's variable ({@code studyDue},
   * {@code midTermReportCutoff}…): the end of that day, or for a report's opening
   * ({@code midTermReportOpens}) the start of the office day.
   */
  public Date ofLevel(Number resolutionId, Number level, String name) {
    Resolution resolution = resolutions.find(resolutionId.longValue())
        .orElseThrow(() -> new IllegalArgumentException("no resolution " + resolutionId));
    LocalDate day = levels.at(resolution, Math.max(0, level.intValue())).named(name);
    return name.endsWith("Opens") ? Date.from(day.atTime(reminderTime).atZone(ZoneId.systemDefault()).toInstant())
        : endOfDay(day);
  }

  /**
   * A deadline of the rollout that {@code scope} (an execution or a task of it) belongs to, by the name
   * {@link #ofLevel} takes: the rollout's variable of that name where it has one (a rollout started
   * before issue 28 has them all, copied at its start), else its level's, read from the resolution.
   */
  public Date ofRollout(VariableScope scope, String name) {
    if (scope.getVariable(name) instanceof Date copied) {
      return copied;
    }
    return ofLevel((Number) scope.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID),
        (Number) scope.getVariable(ResolutionRolloutProcess.Variables.LEVEL), name);
  }

  /**
   * When a review's report opens: at the start of the office day on 1 February of the cut-off's year,
   * or 80 days before the cut-off when that is earlier than 1 February.
   */
  public Date reviewOpens(LocalDate cutoff) {
    return Date.from(reviewOpensOn(cutoff).atTime(reminderTime).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** The day a review's report opens: 1 February of the cut-off's year, or 80 days before the cut-off when that is earlier. */
  public static LocalDate reviewOpensOn(LocalDate cutoff) {
    LocalDate first = LocalDate.of(cutoff.getYear(), 2, 1);
    return first.isBefore(cutoff) ? first : cutoff.minusDays(80);
  }
}
