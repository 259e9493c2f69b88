package vn.rollout.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/** The standing committee's quarterly briefings (giao ban quý) on a rollout. */
@Service
class Briefings {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final JdbcClient jdbc;

  Briefings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A quarter: {@code 2026-Q2}, shown as "quý II/2026". */
  record Quarter(int year, int number) {

    /** The quarter that ended before today (the briefing comes on the first day of the next). */
    static Quarter justEnded() {
      LocalDate day = EngineTime.today().minusDays(1);
      return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    String key() {
      return year + "-Q" + number;
    }

    String text() {
      return "quý " + ROMAN[number - 1] + "/" + year;
    }
  }

  /**
   * @throws InvalidInputException when the day of the briefing is missing, malformed or after today
   */
  @Transactional
  void record(long rolloutId, String quarter, String heldOn, String conclusions, String recordedBy) {
    LocalDate day;
    try {
      day = heldOn == null || heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("heldOn", "Ngày giao ban \"" + heldOn + "\" không đúng định dạng.");
    }
    if (day == null) {
      throw new InvalidInputException("heldOn", "Chưa nhập ngày giao ban.");
    }
    if (day.isAfter(EngineTime.today())) {
      throw new InvalidInputException("heldOn", "Chỉ ghi nhận buổi giao ban đã tổ chức: ngày giao ban không thể sau hôm nay.");
    }
    jdbc.sql("""
            INSERT INTO quarterly_briefing (rollout_id, quarter, held_on, conclusions, recorded_at, recorded_by)
            VALUES (:rollout, :quarter, :day, :conclusions, :now, :by)""")
        .param("rollout", rolloutId).param("quarter", quarter).param("day", day)
        .param("conclusions", conclusions == null || conclusions.isBlank() ? null : conclusions.strip())
        .param("now", Timestamp.from(EngineTime.now())).param("by", recordedBy)
        .update();
  }
}
