package vn.rollout.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.rollout.shared.Problem;

/**
 * The body of every error answer of {@code /api}: a message for a person, the field at fault where
 * there is one (a JSON path such as {@code items[2].deadline}), and for imports every problem found.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String message, String field, List<Problem> problems) {

  public static ApiError of(int status, String message, String field) {
    return new ApiError(status, message, field, List.of());
  }
}
