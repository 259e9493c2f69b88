package vn.rollout.execution;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.rollout.process.CalledFromModels;
import vn.rollout.programme.ProgrammeItems;

/**
 * The collections of the coordinators' tasks in {@code ProgrammeItemExecution.bpmn}:
 * {@code ${itemCoordinators.of(itemId)}}, every coordinating unit of the item ("Theo dõi nội dung phối hợp"), and
 * {@code ${itemCoordinators.asked(itemId, reportQuarter)}}, those the lead asked for a contribution to the quarter's
 * report ("Đóng góp vào báo cáo tiến độ quý"). Read-only.
 */
@CalledFromModels
@Component("itemCoordinators")
public class ItemCoordinators {

  private final ProgrammeItems items;
  private final ItemContributions contributions;

  ItemCoordinators(ProgrammeItems items, ItemContributions contributions) {
    this.items = items;
    this.contributions = contributions;
  }

  public List<String> of(long itemId) {
    return items.coordinators(itemId);
  }

  public List<String> asked(long itemId, String quarter) {
    return contributions.asked(itemId, quarter);
  }
}
