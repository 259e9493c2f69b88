package vn.rollout.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.rollout.shared.VietnameseFormat;

/**
 * The public holidays of the Labour Code (Bộ luật Lao động 2019, Điều 112) in a year, and the days off
 * in lieu of those that fall on a Saturday or Sunday (offices of the Party and the State work Monday to
 * Friday): computed, so that no rebuild is needed from year to year.
 * <ul>
 *   <li>Tết Dương lịch: 1 January;</li>
 *   <li>Tết Nguyên đán, five days: the last day of the lunar year and the first four of the new one
 *       ({@link LunarCalendar}, reckoned at UTC+7);</li>
 *   <li>Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month;</li>
 *   <li>Ngày Chiến thắng and Ngày Quốc tế Lao động: 30 April and 1 May;</li>
 *   <li>Quốc khánh: 2 September and a day next to it: the one that joins the holiday to a weekend
 *       (1 September when the 2nd is a Tuesday, Friday or Saturday, 3 September when it is a Monday,
 *       Thursday or Sunday), 1 September when it is a Wednesday;</li>
 *   <li>a holiday on a Saturday or Sunday gives the next working day off (nghỉ bù).</li>
 * </ul>
 * Which five days of Tết and which day next to Quốc khánh are the Prime Minister's choice each year;
 * where the Government's announcement differs from these rules, and for the bridge days it adds, an
 * administrator records the announced days ({@link AnnouncedDays}).
 */
final class PublicHolidays {

  private static final String[] TET_DAYS = {"mùng 1", "mùng 2", "mùng 3", "mùng 4"};

  private PublicHolidays() {}

  /** The public holidays and the days in lieu of a year, by date. */
  static List<Holiday> of(int year) {
    List<Holiday> holidays = new ArrayList<>();
    holidays.add(holiday(year, MonthDay.of(1, 1), "Tết Dương lịch"));
    LocalDate newYear = LunarCalendar.newYear(year);
    LocalDate lastMonth = LunarCalendar.solar(year - 1, 12, 1);
    holidays.add(new Holiday(newYear.minusDays(1),
        "Tết Nguyên đán (" + (newYear.toEpochDay() - lastMonth.toEpochDay()) + " tháng Chạp)", Holiday.Kind.PUBLIC_HOLIDAY));
    for (int i = 0; i < TET_DAYS.length; i++) {
      holidays.add(new Holiday(newYear.plusDays(i), "Tết Nguyên đán (" + TET_DAYS[i] + ")", Holiday.Kind.PUBLIC_HOLIDAY));
    }
    holidays.add(new Holiday(LunarCalendar.solar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Holiday.Kind.PUBLIC_HOLIDAY));
    holidays.add(holiday(year, MonthDay.of(4, 30), "Ngày Chiến thắng"));
    holidays.add(holiday(year, MonthDay.of(5, 1), "Ngày Quốc tế Lao động"));
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    holidays.add(new Holiday(nationalDay, "Quốc khánh", Holiday.Kind.PUBLIC_HOLIDAY));
    holidays.add(new Holiday(besideNationalDay(nationalDay), "Quốc khánh (ngày liền kề)", Holiday.Kind.PUBLIC_HOLIDAY));
    holidays.sort(Comparator.comparing(Holiday::date));

    Set<LocalDate> taken = new HashSet<>();
    holidays.forEach(holiday -> taken.add(holiday.date()));
    List<Holiday> inLieu = new ArrayList<>();
    for (Holiday holiday : holidays) {
      if (weekend(holiday.date())) {
        LocalDate day = holiday.date().plusDays(1);
        while (weekend(day) || taken.contains(day)) {
          day = day.plusDays(1);
        }
        taken.add(day);
        inLieu.add(new Holiday(day, "Nghỉ bù " + holiday.name() + " (" + VietnameseFormat.date(holiday.date()) + ")",
            Holiday.Kind.COMPENSATORY));
      }
    }
    holidays.addAll(inLieu);
    holidays.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(holidays);
  }

  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate besideNationalDay(LocalDate nationalDay) {
    return switch (nationalDay.getDayOfWeek()) {
      case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
      default -> nationalDay.minusDays(1);
    };
  }

  private static Holiday holiday(int year, MonthDay day, String name) {
    return new Holiday(day.atYear(year), name, Holiday.Kind.PUBLIC_HOLIDAY);
  }
}
