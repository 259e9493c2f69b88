package vn.rollout.programme;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.notification.Mails;
import vn.rollout.notification.ReminderKind;
import vn.rollout.notification.Reminders;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.process.VietnameseFormat;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;

/**
 * The reminder before the programme's deadline and the alert to the superior when it passes with no
 * programme issued, as for the study: recorded once, mailed once.
 */
@Service
class ProgrammeNotices {

  private final Reminders reminders;
  private final Mails mails;
  private final Resolutions resolutions;
  private final CommitteeDirectory committees;

  ProgrammeNotices(Reminders reminders, Mails mails, Resolutions resolutions, CommitteeDirectory committees) {
    this.reminders = reminders;
    this.mails = mails;
    this.resolutions = resolutions;
    this.committees = committees;
  }

  /** Seven days (or as the model says) before the programme's deadline of the committee's level: its office. */
  @Transactional
  public void remind(long rolloutId, long resolutionId, LocalDate due, String officeGroup) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    long reminder = reminders.record(rolloutId, ReminderKind.PROGRAMME_DUE, due, officeGroup);
    mails.queue(reminder,
        "[Nhắc hạn] " + resolution.symbol() + ": chương trình hành động phải ban hành trước hết ngày "
            + VietnameseFormat.date(due),
        """
        Kính gửi Văn phòng,

        Chương trình hành động thực hiện Nghị quyết %s (%s) phải được ban hành trước hết ngày %s.

        Đề nghị Văn phòng hoàn thành dự thảo và trình Ban Thường vụ phê duyệt trên hệ thống (Tasklist, \
        nhiệm vụ "Xây dựng chương trình hành động").
        """.formatted(resolution.symbol(), resolution.title(), VietnameseFormat.date(due)));
  }

  /** The programme's deadline has passed and the committee has issued none: the superior's office is alerted. */
  @Transactional
  public void alertSuperior(long rolloutId, long resolutionId, LocalDate due, String committeeCode, String superiorOfficeGroup) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    String committeeName = committees.find(committeeCode).orElseThrow().name();
    long reminder = reminders.record(rolloutId, ReminderKind.PROGRAMME_OVERDUE, due, superiorOfficeGroup);
    mails.queue(reminder,
        "[Quá hạn] " + resolution.symbol() + ": " + committeeName + " chưa ban hành chương trình hành động",
        """
        Kính gửi Văn phòng,

        Đến hết ngày %s, %s chưa ban hành chương trình hành động thực hiện Nghị quyết %s.

        Đề nghị Văn phòng nhắc nhở cấp dưới; nhiệm vụ "Nhắc nhở cấp dưới chậm ban hành chương trình" đã được giao trên hệ thống.
        """.formatted(VietnameseFormat.date(due), committeeName, resolution.symbol()));
  }
}
