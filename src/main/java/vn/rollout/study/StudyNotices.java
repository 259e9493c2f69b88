package vn.rollout.study;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.notification.Addressees;
import vn.rollout.notification.Mails;
import vn.rollout.notification.ReminderKind;
import vn.rollout.notification.Reminders.Reminder;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.shared.VietnameseFormat;

/** The reminder before the study deadline and the alert to the superior when it passes: recorded once, mailed once. */
@Service
class StudyNotices {

  private final Mails mails;
  private final Resolutions resolutions;
  private final CommitteeDirectory committees;
  private final Addressees addressees;

  StudyNotices(Mails mails, Resolutions resolutions, CommitteeDirectory committees, Addressees addressees) {
    this.addressees = addressees;
    this.mails = mails;
    this.resolutions = resolutions;
    this.committees = committees;
  }

  /**
   * Seven days (or as the model says) before the study deadline: the group that organises the study.
   *
   * @param due the study deadline of the committee's level
   */
  @Transactional
  public void remind(long rolloutId, long resolutionId, LocalDate due, String studyGroup) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    mails.queue(new Reminder(rolloutId, ReminderKind.STUDY_DUE, due, studyGroup),
        "[Nhắc hạn] " + resolution.symbol() + ": học tập, quán triệt nghị quyết hết hạn ngày "
            + VietnameseFormat.date(due),
        """
        %s,

        Việc tổ chức học tập, quán triệt Nghị quyết %s (%s) phải hoàn thành chậm nhất ngày %s.

        Đề nghị các đồng chí tổ chức các buổi học tập, quán triệt và ghi kết quả trên hệ thống (Xử lý công việc, \
        công việc "Tổ chức học tập, quán triệt nghị quyết").
        """.formatted(addressees.salutation(studyGroup), resolution.symbol(), resolution.title(), VietnameseFormat.date(due)));
  }

  /** The study deadline has passed without a record: the superior's office is alerted. */
  @Transactional
  public void alertSuperior(long rolloutId, long resolutionId, LocalDate due, String committeeCode, String superiorOfficeGroup) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    String committeeName = committees.find(committeeCode).orElseThrow().name();
    mails.queue(new Reminder(rolloutId, ReminderKind.STUDY_OVERDUE, due, superiorOfficeGroup),
        "[Quá hạn] " + resolution.symbol() + ": " + committeeName + " chưa tổ chức học tập, quán triệt",
        """
        %s,

        Đến hết ngày %s, %s chưa ghi kết quả học tập, quán triệt Nghị quyết %s.

        Đề nghị Văn phòng nhắc nhở cấp dưới; công việc "Nhắc nhở cấp dưới chậm tổ chức học tập" đã được giao trên hệ thống.
        """.formatted(addressees.salutation(superiorOfficeGroup), VietnameseFormat.date(due), committeeName,
            resolution.symbol()));
  }
}
