package vn.rollout.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.attachment.Attachment;
import vn.rollout.attachment.Attachments;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ItemStatus;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.programme.ProgrammeLeads;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/** {@code GET /api/committees/{code}/items?resolution=…}: a committee's programme items with their status colour. */
@RestController
@RequestMapping("/api/committees/{code}")
class ExecutionController {

  private final ProgrammeItems items;
  private final CommitteeDirectory committees;
  private final Resolutions resolutions;
  private final CommitteeAccess access;
  private final ProgrammeLeads leads;
  private final Attachments attachments;

  ExecutionController(ProgrammeItems items, CommitteeDirectory committees, Resolutions resolutions, CommitteeAccess access,
      ProgrammeLeads leads, Attachments attachments) {
    this.attachments = attachments;
    this.items = items;
    this.committees = committees;
    this.resolutions = resolutions;
    this.access = access;
    this.leads = leads;
  }

  /**
   * One item as the dashboard shows it: {@code lead} the lead's task group, {@code leadName} its name;
   * {@code status} the colour as of today (see {@link ExecutionItem#statusOn}).
   */
  record ItemView(long id, int number, String content, String lead, LocalDate deadline, LocalDate dueDate,
      String output, String target, ItemStatus status, String colour, String statusLabel, int progressPercent,
      String outputAchieved, String targetReached, String evidence, String leadName, List<Attachment> attachments) {}

  @GetMapping("/items")
  List<ItemView> items(@PathVariable String code, @RequestParam long resolution) {
    Committee committee = committees.find(code)
        .orElseThrow(() -> new InvalidInputException("code", "Không có cấp ủy mã \"" + code + "\" trong danh mục tổ chức."));
    access.requireMember(committee.code());
    if (resolutions.find(resolution).isEmpty()) {
      throw new InvalidInputException("resolution", "Không có nghị quyết số " + resolution + ".");
    }
    LocalDate today = EngineTime.today();
    Map<String, String> names = leads.names(code);
    return items.of(resolution, code).stream()
        .map(item -> {
          ItemStatus status = item.statusOn(today);
          return new ItemView(item.id(), item.seq() + 1, item.content(), item.leadGroup(), item.deadline(),
              item.dueDate(), item.output(), item.target(), status, status.colour(), status.label(),
              item.progressPercent(), item.outputAchieved(), item.targetReached(), item.evidence(),
              item.leadGroup() == null ? null : names.getOrDefault(item.leadGroup(), item.leadGroup()),
              attachments.ofItem(item.id()));
        })
        .toList();
  }
}
