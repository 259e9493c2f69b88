package vn.rollout.dashboard;

import java.time.LocalDate;
import java.util.function.Function;
import vn.rollout.resolution.Resolution;

/** The deadlines of a resolution a committee works towards, each the end of that day in Vietnam. */
enum Cutoff {
  STUDY("Hạn hoàn thành học tập, quán triệt", Resolution::studyDue),
  PROGRAMME("Hạn ban hành chương trình hành động", Resolution::programmeDue),
  MID_TERM_REPORT("Hạn gửi báo cáo sơ kết giữa nhiệm kỳ", Resolution::midTermReportCutoff),
  MID_TERM_CONFERENCE("Hạn tổ chức hội nghị sơ kết", Resolution::midTermConferenceBy),
  FINAL_REPORT("Hạn gửi báo cáo tổng kết nhiệm kỳ", Resolution::finalReportCutoff);

  private final String label;
  private final Function<Resolution, LocalDate> date;

  Cutoff(String label, Function<Resolution, LocalDate> date) {
    this.label = label;
    this.date = date;
  }

  String label() {
    return label;
  }

  LocalDate of(Resolution resolution) {
    return date.apply(resolution);
  }
}
