package vn.rollout.programme;

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

/**
 * The reminder before the programme's deadline and the alert to the superior when it passes with no
 * programme issued, as for the study: recorded once, mailed once.
 */
@Service
class ProgrammeNotices {

  private final Mails mails;
  private final Resolutions resolutions;
  private final CommitteeDirectory committees;
  private final Addressees addressees;

  ProgrammeNotices(Mails mails, Resolutions resolutions, CommitteeDirectory committees,
      Addressees addressees) {
    this.addressees = addressees;
    this.mails = mails;
    this.resolutions = resolutions;
    this.committees = committees;
  }

  /** Seven days (or as the model says) before the programme's deadline of the committee's level: its office. */
  @Transactional
  public void remind(long rolloutId, long resolutionId, LocalDate due, String officeGroup) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    mails.queue(new Reminder(rolloutId, ReminderKind.PROGRAMME_DUE, due, officeGroup),
        "[Nhắc hạn] " + resolution.symbol() + ": chương trình hành động phải ban hành chậm nhất ngày "
            + VietnameseFormat.date(due),
        """
        %s,

        Chương trình hành động thực hiện Nghị quyết %s (%s) phải được ban hành chậm nhất ngày %s.

        Đề nghị các đồng chí hoàn thành dự thảo và trình phê duyệt trên hệ thống (Xử lý công việc, \
        công việc "Xây dựng chương trình hành động").
        """.formatted(addressees.salutation(officeGroup), resolution.symbol(), resolution.title(), VietnameseFormat.date(due)));
  }

  /** The programme's deadline has passed and the committee has issued none: the superior's office is alerted. */
  @Transactional
  public void alertSuperior(long rolloutId, long resolutionId, LocalDate due, String committeeCode, String superiorOfficeGroup) {
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    String committeeName = committees.find(committeeCode).orElseThrow().name();
    mails.queue(new Reminder(rolloutId, ReminderKind.PROGRAMME_OVERDUE, due, superiorOfficeGroup),
        "[Quá hạn] " + resolution.symbol() + ": " + committeeName + " chưa ban hành chương trình hành động",
        """
        %s,

        Đến hết ngày %s, %s chưa ban hành chương trình hành động thực hiện Nghị quyết %s.

        Đề nghị các đồng chí nhắc nhở cấp dưới; công việc "Nhắc nhở cấp dưới chậm ban hành chương trình" đã được giao trên hệ thống.
        """.formatted(addressees.salutation(superiorOfficeGroup), VietnameseFormat.date(due), committeeName, resolution.symbol()));
  }
}
