package vn.rollout.dashboard;

import java.time.LocalDate;
import java.util.function.Function;
import vn.rollout.resolution.LevelDeadlines;

/** The deadlines of a resolution a committee works towards, those of its level, each the end of that day in Vietnam. */
enum Cutoff {
  STUDY("Hạn hoàn thành học tập, quán triệt", LevelDeadlines::studyDue),
  PROGRAMME("Hạn ban hành chương trình hành động", LevelDeadlines::programmeDue),
  MID_TERM_REPORT("Hạn gửi báo cáo sơ kết giữa nhiệm kỳ", LevelDeadlines::midTermReportCutoff),
  MID_TERM_CONFERENCE("Hạn tổ chức hội nghị sơ kết", LevelDeadlines::midTermConferenceBy),
  FINAL_REPORT("Hạn gửi báo cáo tổng kết nhiệm kỳ", LevelDeadlines::finalReportCutoff);

  private final String label;
  private final Function<LevelDeadlines, LocalDate> date;

  Cutoff(String label, Function<LevelDeadlines, LocalDate> date) {
    this.label = label;
    this.date = date;
  }

  String label() {
    return label;
  }

  LocalDate of(LevelDeadlines deadlines) {
    return date.apply(deadlines);
  }
}
