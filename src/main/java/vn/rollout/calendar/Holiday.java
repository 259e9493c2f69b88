package vn.rollout.calendar;

import java.time.LocalDate;

/**
 * A day that is not an ordinary working day, or, for {@link Kind#WORKING_DAY}, a day worked although
 * it would be one (a Saturday worked in exchange for a bridge day).
 *
 * @param name why, in Vietnamese ("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Nghỉ bù Ngày Chiến thắng")
 */
public record Holiday(LocalDate date, String name, Kind kind) {

  public enum Kind {
    /** A public holiday of the Labour Code (Bộ luật Lao động 2019, Điều 112), computed. */
    PUBLIC_HOLIDAY("Nghỉ lễ, tết theo Bộ luật Lao động"),
    /** The next working day off for a public holiday that falls on a Saturday or Sunday, computed. */
    COMPENSATORY("Nghỉ bù ngày lễ, tết trùng ngày nghỉ hằng tuần"),
    /** A day off the Government announced, added by an administrator. */
    DAY_OFF("Ngày nghỉ do Chính phủ công bố"),
    /** A day worked the Government announced (in exchange for a day off), added by an administrator. */
    WORKING_DAY("Ngày làm việc do Chính phủ công bố");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether an administrator adds days of this kind (the others are computed). */
    public boolean announced() {
      return this == DAY_OFF || this == WORKING_DAY;
    }
  }
}
