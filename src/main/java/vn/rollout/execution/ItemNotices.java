package vn.rollout.execution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.notification.Addressees;
import vn.rollout.notification.Mails;
import vn.rollout.notification.ReminderKind;
import vn.rollout.notification.Reminders;
import vn.rollout.notification.Reminders.Reminder;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.shared.VietnameseFormat;

/** The reminder before an item's deadline and the alert when it passes: recorded once, mailed once. */
@Service
class ItemNotices {

  private final ProgrammeItems items;
  private final Mails mails;
  private final Resolutions resolutions;

  private final Addressees addressees;

  ItemNotices(ProgrammeItems items, Mails mails, Resolutions resolutions, Addressees addressees) {
    this.addressees = addressees;
    this.items = items;
    this.mails = mails;
    this.resolutions = resolutions;
  }

  /** Seven days (or as the model says) before the deadline: the lead unit is reminded. */
  @Transactional
  public void remindLead(long rolloutId, long resolutionId, long itemId) {
    ExecutionItem item = items.find(itemId).orElseThrow();
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    mails.queue(new Reminder(rolloutId, ReminderKind.ITEM_DUE, item.dueDate(), item.leadGroup(), Reminders.item(itemId)),
        "[Nhắc hạn] " + resolution.symbol() + ": nhiệm vụ của chương trình hết hạn ngày " + VietnameseFormat.date(item.dueDate()),
        """
        %s,

        Nhiệm vụ "%s" trong chương trình hành động thực hiện Nghị quyết %s phải hoàn thành chậm nhất ngày %s.
        Kết quả đầu ra cần đạt: %s.
        Tiến độ hiện nay: %d%%.

        Đề nghị đơn vị hoàn thành đúng hạn và cập nhật kết quả trên hệ thống (Xử lý công việc), hoặc đề nghị gia hạn nếu cần.
        """.formatted(addressees.salutation(item.leadGroup()), item.content(), resolution.symbol(), VietnameseFormat.date(item.dueDate()), item.output(),
            item.progressPercent()));
  }

  /** The deadline has passed with the item open: it turns red and the office is alerted. */
  @Transactional
  public void markOverdue(long rolloutId, long resolutionId, long itemId, String officeGroup) {
    items.markOverdue(itemId);
    ExecutionItem item = items.find(itemId).orElseThrow();
    Resolution resolution = resolutions.find(resolutionId).orElseThrow();
    mails.queue(new Reminder(rolloutId, ReminderKind.ITEM_OVERDUE, item.dueDate(), officeGroup, Reminders.item(itemId)),
        "[Quá hạn] " + resolution.symbol() + ": nhiệm vụ của chương trình chưa hoàn thành",
        """
        %s,

        Nhiệm vụ "%s" trong chương trình hành động thực hiện Nghị quyết %s đã quá hạn (hạn %s) mà chưa hoàn thành.
        Tiến độ hiện nay: %d%%.

        Đề nghị Văn phòng đôn đốc đơn vị chủ trì; công việc "Đôn đốc nhiệm vụ quá hạn" đã được giao trên hệ thống.
        """.formatted(addressees.salutation(officeGroup), item.content(), resolution.symbol(), VietnameseFormat.date(item.dueDate()), item.progressPercent()));
  }
}
