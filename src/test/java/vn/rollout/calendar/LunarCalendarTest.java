package vn.rollout.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lunar calendar against the dates Vietnam publishes: the first day of Tết and Giỗ Tổ Hùng Vương
 * (10/3 âm lịch) for 2026–2031, the years in which Vietnam's Tết (reckoned at UTC+7) falls before
 * China's (UTC+8), and the run of years whose last month has only 29 days.
 */
class LunarCalendarTest {

  @ParameterizedTest(name = "Tết {0}: {1}, Giỗ Tổ Hùng Vương: {2}")
  @CsvSource({
      "2026, 2026-02-17, 2026-04-26",
      "2027, 2027-02-06, 2027-04-16",
      "2028, 2028-01-26, 2028-04-04",
      "2029, 2029-02-13, 2029-04-23",
      "2030, 2030-02-02, 2030-04-12",
      // 2031 has a leap third month (tháng 3 nhuận): Giỗ Tổ is the 10th of the first third month
      "2031, 2031-01-23, 2031-04-01"})
  void shouldGiveThePublishedDatesOfTetAndHungKingsDay(int year, LocalDate tet, LocalDate hungKings) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.solar(year, 3, 10)).isEqualTo(hungKings);
  }

  @ParameterizedTest(name = "{0}: Vietnam {1}, China a day later or a month later")
  @CsvSource({
      // the new moon falls between 16:00 and 17:00 UTC: the evening before in Vietnam, after midnight in China
      "2007, 2007-02-17",
      "2030, 2030-02-02",
      "2053, 2053-02-18",
      // the winter solstice month differs: Vietnam's Tết Ất Sửu came a whole month before China's (20 February)
      "1985, 1985-01-21"})
  void shouldReckonTheMonthsAtUtcPlusSevenAsVietnamDoes(int year, LocalDate tet) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
  }

  @Test
  void shouldEndTheYearsFrom2025To2032OnThe29thOfTheLastMonth() {
    // "from 2025 to the end of 2032, New Year's Eve only falls on 29 Chạp", after 30 Chạp in 2024
    assertThat(lastMonthLength(2024)).isEqualTo(30);
    for (int year = 2025; year <= 2032; year++) {
      assertThat(lastMonthLength(year)).as("tháng Chạp before Tết %d", year).isEqualTo(29);
    }
    assertThat(lastMonthLength(2033)).isEqualTo(30);
  }

  @Test
  void shouldComputeANewMoonAsMeeusExample49a() {
    // Astronomical Algorithms, example 49.a: the new moon of February 1977, JDE 2443192.65118 (TD)
    double universal = LunarCalendar.newMoon(-283);
    assertThat(universal + LunarCalendar.deltaT(1977.13) / 86400).isCloseTo(2443192.65118, within(0.0001));
  }

  @Test
  void shouldRefuseADayPastTheEndOfTheMonthOrAYearOutOfRange() {
    assertThatThrownBy(() -> LunarCalendar.solar(2026, 12, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.newYear(1899)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long lastMonthLength(int tetYear) {
    return LunarCalendar.newYear(tetYear).toEpochDay() - LunarCalendar.solar(tetYear - 1, 12, 1).toEpochDay();
  }
}
