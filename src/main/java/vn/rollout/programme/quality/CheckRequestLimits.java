package vn.rollout.programme.quality;

import java.util.List;
import vn.rollout.shared.InvalidInputException;

/**
 * {@link ProgrammeLimits} on a check request: answered 400 naming the first field above its limit
 * ({@code programme.items}, {@code parent.items[12].content}), before any work is done.
 */
final class CheckRequestLimits {

  private CheckRequestLimits() {}

  static void verify(ProgrammeCheckController.Request request) {
    if (request.programme() != null) {
      text("programme.committee", request.programme().committee(), ProgrammeLimits.COMMITTEE);
      items("programme.items", request.programme().items());
    }
    if (request.parent() != null) {
      items("parent.items", request.parent().items());
    }
  }

  private static void items(String field, List<ProgrammeCheckController.Item> items) {
    if (items == null) {
      return;
    }
    if (items.size() > ProgrammeLimits.ITEMS) {
      throw new InvalidInputException(field, field + " has " + items.size() + " items; at most " + ProgrammeLimits.ITEMS
          + " are accepted");
    }
    for (int i = 0; i < items.size(); i++) {
      ProgrammeCheckController.Item item = items.get(i);
      if (item == null) {
        continue;
      }
      String path = field + "[" + i + "]";
      text(path + ".content", item.content(), ProgrammeLimits.CONTENT);
      text(path + ".lead", item.lead(), ProgrammeLimits.UNIT);
      text(path + ".manpower", item.manpower(), ProgrammeLimits.MANPOWER);
      text(path + ".output", item.output(), ProgrammeLimits.OUTPUT);
      text(path + ".target", item.target(), ProgrammeLimits.TARGET);
      List<String> coordinators = item.coordinators();
      if (coordinators != null) {
        if (coordinators.size() > ProgrammeLimits.COORDINATORS) {
          throw new InvalidInputException(path + ".coordinators", path + ".coordinators has " + coordinators.size()
              + " units; at most " + ProgrammeLimits.COORDINATORS + " are accepted");
        }
        for (int c = 0; c < coordinators.size(); c++) {
          text(path + ".coordinators[" + c + "]", coordinators.get(c), ProgrammeLimits.UNIT);
        }
      }
    }
  }

  private static void text(String field, String text, int limit) {
    int length = ProgrammeLimits.length(text);
    if (length > limit) {
      throw new InvalidInputException(field, field + " has " + length + " characters; at most " + limit + " are accepted");
    }
  }
}
