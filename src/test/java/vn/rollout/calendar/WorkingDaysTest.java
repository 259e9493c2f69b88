package vn.rollout.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Working days: the public holidays of the Labour Code with their days in lieu, computed for any year,
 * the days the Government announces on top, deadlines moved off days that are not working days, and
 * periods counted in working days.
 */
class WorkingDaysTest {

  final Map<LocalDate, Holiday> announced = new HashMap<>();
  final WorkingDays workingDays = new WorkingDays(new AnnouncedDays(null) {
    @Override
    Map<LocalDate, Holiday> all() {
      return announced;
    }
  });

  @Test
  void shouldGiveThePublicHolidaysOf2026WithTheDayInLieuOfHungKingsDay() {
    assertThat(PublicHolidays.of(2026)).extracting(Holiday::date, Holiday::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 1), "Tết Dương lịch"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 16), "Tết Nguyên đán (29 tháng Chạp)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 17), "Tết Nguyên đán (mùng 1)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 18), "Tết Nguyên đán (mùng 2)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 19), "Tết Nguyên đán (mùng 3)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 20), "Tết Nguyên đán (mùng 4)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (26/04/2026)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 1), "Quốc khánh (ngày liền kề)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 2), "Quốc khánh"));
  }

  @Test
  void shouldCloseTheOfficesForTheNineDaysOfTet2026AsPublished() {
    // Tết Bính Ngọ: Saturday 14 February to Sunday 22 February 2026
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
    for (LocalDate day = LocalDate.of(2026, 2, 14); day.isBefore(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
      assertThat(workingDays.isWorkingDay(day)).as("%s", day).isFalse();
    }
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
  }

  @Test
  void shouldGiveADayInLieuForEachHolidayOnAWeekend() {
    // 2027: Tết on Saturday 6 February: the five days are 5–9 February, Saturday and Sunday give 10 and 11 off
    assertThat(PublicHolidays.of(2027)).filteredOn(h -> h.kind() == Holiday.Kind.COMPENSATORY).extracting(Holiday::date)
        .containsExactly(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 5, 3));
    // 2028: 1 January a Saturday, mùng 4 a Saturday, 30 April a Sunday (1 May Monday is a holiday itself), 2 September a Saturday
    assertThat(PublicHolidays.of(2028)).filteredOn(h -> h.kind() == Holiday.Kind.COMPENSATORY).extracting(Holiday::date)
        .containsExactly(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 31), LocalDate.of(2028, 5, 2), LocalDate.of(2028, 9, 4));
  }

  @Test
  void shouldJoinTheSecondDayOfTheNationalHolidayToAWeekend() {
    assertThat(besideNationalDay(2024)).as("2 September a Monday").isEqualTo(LocalDate.of(2024, 9, 3));
    assertThat(besideNationalDay(2025)).as("a Tuesday").isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(besideNationalDay(2027)).as("a Thursday").isEqualTo(LocalDate.of(2027, 9, 3));
    assertThat(besideNationalDay(2022)).as("a Friday").isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(besideNationalDay(2023)).as("a Saturday").isEqualTo(LocalDate.of(2023, 9, 1));
  }

  @Test
  void shouldMoveADeadlineOnAHolidayOrWeekendToTheNextWorkingDay() {
    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 4, 29))).isEqualTo(LocalDate.of(2026, 4, 29));
    // 30 April (Thursday), 1 May (Friday), the weekend: Monday 4 May
    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 1, 31))).as("a Saturday").isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 2, 17))).as("mùng 1 Tết").isEqualTo(LocalDate.of(2026, 2, 23));
  }

  @Test
  void shouldCountPeriodsInWorkingDays() {
    // Thursday 12 February 2026: Friday 13, then Tết until 22 February
    assertThat(workingDays.after(LocalDate.of(2026, 2, 12), 1)).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(workingDays.after(LocalDate.of(2026, 2, 12), 2)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(workingDays.before(LocalDate.of(2026, 2, 23), 2)).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(CalendarPeriod.parse("P10WD").shift(LocalDate.of(2026, 4, 20), 1, workingDays))
        .as("10 working days after Monday 20 April 2026: 27, 30 April and 1 May are off").isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(CalendarPeriod.parse("P10D").shift(LocalDate.of(2026, 4, 20), -1, workingDays)).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(CalendarPeriod.parse("P10WD").shift(LocalDate.of(2026, 4, 20), 0, workingDays)).isEqualTo(LocalDate.of(2026, 4, 20));
  }

  @Test
  void shouldFollowTheDaysTheGovernmentAnnounces() {
    // a bridge day off, and the Saturday worked in exchange
    announced.put(LocalDate.of(2026, 1, 2), new Holiday(LocalDate.of(2026, 1, 2), "Nghỉ bù Tết Dương lịch", Holiday.Kind.DAY_OFF));
    announced.put(LocalDate.of(2026, 1, 10), new Holiday(LocalDate.of(2026, 1, 10), "Làm bù ngày 02/01", Holiday.Kind.WORKING_DAY));

    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(workingDays.of(2026)).extracting(Holiday::date)
        .startsWith(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 10));
    // announced as worked, a computed holiday is one no more
    announced.put(LocalDate.of(2026, 9, 1), new Holiday(LocalDate.of(2026, 9, 1), "Làm việc", Holiday.Kind.WORKING_DAY));
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
  }

  @Test
  void shouldReadPeriodsOfTheCalendarAndOfWorkingDays() {
    assertThat(CalendarPeriod.parse("P7D").inWorkingDays()).isFalse();
    assertThat(CalendarPeriod.parse("P5WD").workingDays()).isEqualTo(5);
    assertThat(CalendarPeriod.parse("P5WD")).hasToString("P5WD");
    assertThat(CalendarPeriod.parse("P1M")).hasToString("P1M");
    assertThatThrownBy(() -> CalendarPeriod.parse("7 ngày")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarPeriod.parse("P-7D")).isInstanceOf(IllegalArgumentException.class);
  }

  private static LocalDate besideNationalDay(int year) {
    List<Holiday> holidays = PublicHolidays.of(year);
    return holidays.stream().filter(h -> h.name().equals("Quốc khánh (ngày liền kề)")).findFirst().orElseThrow().date();
  }

  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
