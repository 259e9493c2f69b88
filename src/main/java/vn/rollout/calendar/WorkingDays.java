package vn.rollout.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Working days (ngày làm việc) as regulations count them: Monday to Friday, less the public holidays
 * of the Labour Code and their days in lieu ({@link PublicHolidays}, computed for any year), less the
 * days off the Government announces, plus the days it announces as worked ({@link AnnouncedDays},
 * kept by an administrator). A deadline that falls on a day that is not a working day moves to the next
 * working day ({@link #onOrAfter}); periods of working days skip every day that is not one.
 */
@Service
public class WorkingDays {

  /** Far enough to cross the longest run of days off (Tết with two weekends), short of looping forever. */
  private static final int LONGEST_RUN_OF_DAYS_OFF = 60;

  private final AnnouncedDays announced;
  private final Map<Integer, Map<LocalDate, Holiday>> computed = new ConcurrentHashMap<>();

  WorkingDays(AnnouncedDays announced) {
    this.announced = announced;
  }

  public boolean isWorkingDay(LocalDate day) {
    Holiday announcedDay = announced.all().get(day);
    if (announcedDay != null) {
      return announcedDay.kind() == Holiday.Kind.WORKING_DAY;
    }
    return !PublicHolidays.weekend(day) && !computed(day.getYear()).containsKey(day);
  }

  /** The day itself if it is a working day, else the next working day: where a deadline on that day moves. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate candidate = day;
    for (int i = 0; i < LONGEST_RUN_OF_DAYS_OFF && !isWorkingDay(candidate); i++) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** The {@code count}-th working day after {@code day} (not counting the day itself); the day itself for 0. */
  public LocalDate after(LocalDate day, int count) {
    LocalDate candidate = day;
    for (int found = 0; found < count; ) {
      candidate = candidate.plusDays(1);
      if (isWorkingDay(candidate)) {
        found++;
      }
    }
    return candidate;
  }

  /** The {@code count}-th working day before {@code day} (not counting the day itself); the day itself for 0. */
  public LocalDate before(LocalDate day, int count) {
    LocalDate candidate = day;
    for (int found = 0; found < count; ) {
      candidate = candidate.minusDays(1);
      if (isWorkingDay(candidate)) {
        found++;
      }
    }
    return candidate;
  }

  /** Why a day is not a working day (or why a weekend day is one); {@code null} for an ordinary day. */
  public Holiday why(LocalDate day) {
    Holiday announcedDay = announced.all().get(day);
    return announcedDay != null ? announcedDay : computed(day.getYear()).get(day);
  }

  /**
   * A year's days that are not ordinary: its public holidays and days in lieu, except those the
   * Government announced as worked, and the announced days off and days worked, by date.
   */
  public List<Holiday> of(int year) {
    Map<LocalDate, Holiday> days = new HashMap<>(computed(year));
    announced.all().forEach((day, holiday) -> {
      if (day.getYear() == year) {
        days.put(day, holiday);
      }
    });
    List<Holiday> list = new ArrayList<>(days.values());
    list.sort(Comparator.comparing(Holiday::date));
    return list;
  }

  private Map<LocalDate, Holiday> computed(int year) {
    if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
      return Map.of();
    }
    return computed.computeIfAbsent(year, y -> {
      Map<LocalDate, Holiday> days = new HashMap<>();
      PublicHolidays.of(y).forEach(holiday -> days.put(holiday.date(), holiday));
      return Map.copyOf(days);
    });
  }
}
