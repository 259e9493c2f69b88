package vn.rollout.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch), computed, as Vietnam has reckoned it since 1968, for the
 * meridian of UTC+7: which is why its months, and some years its New Year, begin a day before China's
 * (UTC+8), as on 17 February 2007 and 2 February 2030, or, in 1985, a whole month before.
 *
 * <p>The rules: a month begins on the day, in UTC+7, of a new moon; the month that holds the winter
 * solstice is the eleventh; when thirteen months begin between two eleventh months, the first of them
 * after the eleventh in which the sun enters no new sign of 30° (no "trung khí") is a leap month and
 * takes the number of the month before it. New moons and the sun's longitude come from Jean Meeus,
 * <i>Astronomical Algorithms</i> (2nd ed., 1998), chapters 49 and 25, with ΔT from Espenak and Meeus:
 * a few seconds of error, minutes at most, for the years this product meets.
 */
final class LunarCalendar {

  /** The years this calendar is computed for (ΔT is tabulated for them). */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;

  private static final double ZONE = 7 / 24.0;
  private static final double SYNODIC_MONTH = 29.530588861;
  /** The Julian date of 1970-01-01T00:00Z. */
  private static final double EPOCH = 2440587.5;

  private LunarCalendar() {}

  /** The first day of the lunar year that begins in {@code year} (mùng 1 Tết). */
  static LocalDate newYear(int year) {
    return solar(year, 1, 1);
  }

  /**
   * The day of the Gregorian calendar of a day of a lunar month that is not a leap month.
   *
   * @param year the lunar year, numbered by the Gregorian year in which its first month begins
   * @throws IllegalArgumentException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}, or for a day past the month's end
   */
  static LocalDate solar(int year, int month, int day) {
    if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
      throw new IllegalArgumentException("Lunar date out of range: " + day + "/" + month + "/" + year);
    }
    // months 11 and 12 of a lunar year follow the eleventh month of its Gregorian year
    long eleventh = eleventhMonth(month >= 11 ? year : year - 1);
    long nextEleventh = eleventhMonth(month >= 11 ? year + 1 : year);
    int offset = Math.floorMod(month - 11, 12);
    int leap = nextEleventh - eleventh == 13 ? leapMonthOffset(eleventh) : 0;
    long lunation = eleventh + offset + (leap != 0 && offset >= leap ? 1 : 0);
    LocalDate first = newMoonDay(lunation);
    LocalDate date = first.plusDays(day - 1L);
    if (!date.isBefore(newMoonDay(lunation + 1))) {
      throw new IllegalArgumentException("Month " + month + " of lunar year " + year + " has fewer than " + day + " days");
    }
    return date;
  }

  /** The lunation (Meeus's k) whose new moon begins the month that holds the winter solstice of {@code year}. */
  static long eleventhMonth(int year) {
    LocalDate lastDay = LocalDate.of(year, 12, 31);
    long k = Math.round((startOf(lastDay) - 2451550.09766) / SYNODIC_MONTH);
    while (newMoonDay(k).isAfter(lastDay)) {
      k--;
    }
    while (!newMoonDay(k + 1).isAfter(lastDay)) {
      k++;
    }
    // the month begun by k holds 31 December; it holds the solstice too unless the sun had passed 270° when it began
    return sunLongitude(startOf(newMoonDay(k))) >= 270 ? k - 1 : k;
  }

  /**
   * In a year of thirteen months after the eleventh month begun by {@code eleventh}: how many months
   * after it the leap month comes, the first in which the sun enters no new sign; 0 if none is found.
   */
  static int leapMonthOffset(long eleventh) {
    int sign = sign(newMoonDay(eleventh + 1));
    for (int i = 1; i <= 12; i++) {
      int next = sign(newMoonDay(eleventh + i + 1));
      if (next == sign) {
        return i;
      }
      sign = next;
    }
    return 0;
  }

  /** The sign (0–11, of 30° each) the sun is in at the start of the day in UTC+7. */
  private static int sign(LocalDate day) {
    return (int) Math.floor(sunLongitude(startOf(day)) / 30);
  }

  /** The day, in UTC+7, of the new moon of lunation {@code k} (k = 0: 6 January 2000). */
  static LocalDate newMoonDay(long k) {
    return LocalDate.ofEpochDay((long) Math.floor(newMoon(k) - EPOCH + ZONE));
  }

  /** The Julian date (UT) at which a day begins in UTC+7. */
  private static double startOf(LocalDate day) {
    return EPOCH + day.toEpochDay() - ZONE;
  }

  /** The instant of the new moon of lunation {@code k}, as a Julian date in universal time (Meeus, chapter 49). */
  static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double correction = -0.40720 * Math.sin(mp)
        + 0.17241 * e * Math.sin(m)
        + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f)
        + 0.00739 * e * Math.sin(mp - m)
        - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m)
        - 0.00111 * Math.sin(mp - 2 * f)
        - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m)
        - 0.00042 * Math.sin(3 * mp)
        + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f)
        - 0.00024 * e * Math.sin(2 * mp - m)
        - 0.00017 * Math.sin(omega)
        - 0.00007 * Math.sin(mp + 2 * m)
        + 0.00004 * Math.sin(2 * mp - 2 * f)
        + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f)
        + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f)
        + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f)
        - 0.00002 * Math.sin(3 * mp + m)
        + 0.00002 * Math.sin(4 * mp);
    double[][] planets = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
    double planetary = 0;
    for (int i = 0; i < planets.length; i++) {
      double argument = planets[i][0] + planets[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
      planetary += planets[i][2] * Math.sin(rad(argument));
    }
    double terrestrial = jde + correction + planetary;
    return terrestrial - deltaT(2000 + k / 12.3685) / 86400;
  }

  /** The sun's apparent longitude in degrees, 0 to 360, at a Julian date in universal time (Meeus, chapter 25). */
  static double sunLongitude(double jd) {
    double t = (jd + deltaT(2000 + (jd - 2451545.0) / 365.25) / 86400 - 2451545.0) / 36525;
    double t2 = t * t;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
    double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t2);
    double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
        + 0.000289 * Math.sin(3 * m);
    double omega = rad(125.04 - 1934.136 * t);
    double longitude = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    return ((longitude % 360) + 360) % 360;
  }

  /** Terrestrial minus universal time, in seconds, for a (fractional) year (Espenak and Meeus). */
  static double deltaT(double year) {
    if (year < 1920) {
      double t = year - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (year < 1941) {
      double t = year - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
      double t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
      double t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
      double t = year - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    }
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    if (year < 2150) {
      return -20 + 32 * Math.pow((year - 1820) / 100, 2) - 0.5628 * (2150 - year);
    }
    return -20 + 32 * Math.pow((year - 1820) / 100, 2);
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }
}
