package vn.rollout.resolution;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.rollout.process.ResolutionRolloutProcess.Variables;

/**
 * A resolution's deadlines for the committees at one level of its tree: 0 is the issuing committee,
 * 1 its direct subordinates (the dates as registered, moved to a working day), 2 theirs, and so on.
 * Each is a day in Vietnam; a deadline means the end of that day. The reports open at the start of
 * their day.
 */
public record LevelDeadlines(
    int level,
    LocalDate studyDue,
    LocalDate programmeDue,
    LocalDate midTermReportOpens,
    LocalDate midTermReportCutoff,
    LocalDate midTermConferenceBy,
    LocalDate finalReportOpens,
    LocalDate finalReportCutoff,
    LocalDate finalConferenceBy) {

  /** The names of the deadlines, as the rollout's process variables and the API call them, with their Vietnamese labels. */
  public static final Map<String, String> LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(Variables.STUDY_DUE, "Hạn hoàn thành học tập, quán triệt");
    labels.put(Variables.PROGRAMME_DUE, "Hạn ban hành chương trình hành động");
    labels.put(Variables.MID_TERM_REPORT_OPENS, "Ngày mở kỳ báo cáo sơ kết giữa nhiệm kỳ");
    labels.put(Variables.MID_TERM_REPORT_CUTOFF, "Hạn gửi báo cáo sơ kết giữa nhiệm kỳ");
    labels.put(Variables.MID_TERM_CONFERENCE_BY, "Hạn tổ chức hội nghị sơ kết");
    labels.put(Variables.FINAL_REPORT_OPENS, "Ngày mở kỳ báo cáo tổng kết nhiệm kỳ");
    labels.put(Variables.FINAL_REPORT_CUTOFF, "Hạn gửi báo cáo tổng kết nhiệm kỳ");
    labels.put(Variables.FINAL_CONFERENCE_BY, "Hạn tổ chức hội nghị tổng kết");
    return java.util.Collections.unmodifiableMap(labels);
  }

  /** Every deadline by name, in the order of the term. */
  public Map<String, LocalDate> byName() {
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put(Variables.STUDY_DUE, studyDue);
    dates.put(Variables.PROGRAMME_DUE, programmeDue);
    dates.put(Variables.MID_TERM_REPORT_OPENS, midTermReportOpens);
    dates.put(Variables.MID_TERM_REPORT_CUTOFF, midTermReportCutoff);
    dates.put(Variables.MID_TERM_CONFERENCE_BY, midTermConferenceBy);
    dates.put(Variables.FINAL_REPORT_OPENS, finalReportOpens);
    dates.put(Variables.FINAL_REPORT_CUTOFF, finalReportCutoff);
    dates.put(Variables.FINAL_CONFERENCE_BY, finalConferenceBy);
    return dates;
  }

  /**
   * @throws IllegalArgumentException when {@code name} is not one of {@link #LABELS}
   */
  public LocalDate named(String name) {
    LocalDate date = byName().get(name);
    if (date == null && !LABELS.containsKey(name)) {
      throw new IllegalArgumentException("No deadline named " + name + " (" + String.join(", ", LABELS.keySet()) + ")");
    }
    return date;
  }

  /** How the level is called in Vietnamese: "Cấp ủy ban hành", "Cấp dưới trực tiếp", "Cấp dưới thứ 2". */
  public static String label(int level) {
    return switch (level) {
      case 0 -> "Cấp ủy ban hành";
      case 1 -> "Cấp dưới trực tiếp";
      default -> "Cấp dưới thứ " + level;
    };
  }
}
