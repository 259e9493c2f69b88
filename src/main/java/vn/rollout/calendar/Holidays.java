package vn.rollout.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.shared.ConflictException;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;
import vn.rollout.shared.VietnameseFormat;

/**
 * The holidays as the API shows and changes them: any signed-in user reads a year's, an administrator
 * adds or removes the days the Government announces. Deadlines computed afterwards follow at once on
 * this node, on the others within a minute ({@link AnnouncedDays}); deadlines already set (a running
 * rollout's timers, an open task's due date) keep theirs.
 */
@Service
class Holidays {

  private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cc}\\p{Cf}]");
  static final int NAME_MAX = 255;

  private final WorkingDays workingDays;
  private final AnnouncedDays announced;

  Holidays(WorkingDays workingDays, AnnouncedDays announced) {
    this.workingDays = workingDays;
    this.announced = announced;
  }

  /** A year's days that are not ordinary, by date. */
  List<Holiday> of(Integer year) {
    return workingDays.of(year(year));
  }

  /**
   * @throws InvalidInputException naming {@code date}, {@code name} or {@code kind}
   * @throws ConflictException when the day is announced already
   * @throws AuthorizationException unless the caller is an administrator
   */
  @Transactional
  Holiday add(String date, String name, String kind, Authentication caller) {
    requireAdministrator(caller);
    LocalDate day = date(date);
    String text = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (text.isEmpty()) {
      throw new InvalidInputException("name", "Chưa nhập tên ngày nghỉ, ví dụ: \"Nghỉ bù Tết Nguyên đán (làm bù thứ Bảy 17/01)\".");
    }
    if (text.length() > NAME_MAX || MARKUP_OR_CONTROL.matcher(text).find()) {
      throw new InvalidInputException("name", "Tên ngày nghỉ dài tối đa " + NAME_MAX + " ký tự, không chứa dấu < > hay ký tự điều khiển.");
    }
    Holiday.Kind type = kind(kind);
    if (announced.find(day).isPresent()) {
      throw new ConflictException("date", "Ngày " + VietnameseFormat.date(day) + " đã được ghi nhận; xóa ngày đó trước khi ghi lại.");
    }
    boolean working = workingDays.isWorkingDay(day);
    if (type == Holiday.Kind.DAY_OFF && !working) {
      throw new InvalidInputException("date", "Ngày " + VietnameseFormat.date(day) + " đã là ngày nghỉ" + why(day) + ".");
    }
    if (type == Holiday.Kind.WORKING_DAY && working) {
      throw new InvalidInputException("date", "Ngày " + VietnameseFormat.date(day) + " đã là ngày làm việc.");
    }
    Holiday holiday = new Holiday(day, text, type);
    try {
      announced.add(holiday, caller == null ? null : caller.getUserId(), EngineTime.now());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("date", "Ngày " + VietnameseFormat.date(day) + " đã được ghi nhận.");
    }
    return holiday;
  }

  /**
   * @throws NotFoundException when no announced day is recorded on that date (a public holiday is computed, not removed)
   */
  @Transactional
  void remove(String date, Authentication caller) {
    requireAdministrator(caller);
    LocalDate day = date(date);
    if (!announced.remove(day)) {
      Holiday computed = workingDays.why(day);
      throw new NotFoundException("date", computed == null
          ? "Ngày " + VietnameseFormat.date(day) + " không có trong danh sách ngày do Chính phủ công bố."
          : "Ngày " + VietnameseFormat.date(day) + " (" + computed.name() + ") là ngày nghỉ theo Bộ luật Lao động, "
              + "được tính sẵn; nếu năm nay Chính phủ cho làm việc ngày đó, hãy ghi nhận nó là ngày làm việc (WORKING_DAY).");
    }
  }

  private String why(LocalDate day) {
    Holiday holiday = workingDays.why(day);
    return holiday == null ? " cuối tuần" : " (" + holiday.name() + ")";
  }

  private static void requireAdministrator(Authentication caller) {
    if (caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
      throw new AuthorizationException("Chỉ quản trị hệ thống được thay đổi danh sách ngày nghỉ.");
    }
  }

  private static int year(Integer year) {
    if (year == null) {
      throw new InvalidInputException("year", "Chưa chọn năm.");
    }
    if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
      throw new InvalidInputException("year", "Năm phải từ " + LunarCalendar.FIRST_YEAR + " đến " + LunarCalendar.LAST_YEAR + ".");
    }
    return year;
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("date", "Chưa nhập ngày (năm-tháng-ngày, ví dụ 2026-02-23).");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "Ngày không đúng định dạng năm-tháng-ngày, ví dụ 2026-02-23.");
    }
    year(day.getYear());
    return day;
  }

  private static Holiday.Kind kind(String text) {
    if (text == null || text.isBlank()) {
      return Holiday.Kind.DAY_OFF;
    }
    try {
      Holiday.Kind kind = Holiday.Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
      if (kind.announced()) {
        return kind;
      }
    } catch (IllegalArgumentException e) {
      // below
    }
    throw new InvalidInputException("kind", "Loại ngày phải là DAY_OFF (ngày nghỉ) hoặc WORKING_DAY (ngày làm việc).");
  }
}
