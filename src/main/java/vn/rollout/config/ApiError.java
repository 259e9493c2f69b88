package vn.rollout.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error answer of {@code /api}: a message for a person, the field at fault where
 * there is one (a JSON path such as {@code items[2].deadline}), and for imports every problem found.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String message, String field, List<Problem> problems) {

  /** One problem of a bulk input: which file and line, which field, and why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Problem(String file, Integer line, String field, String reason) {}

  public static ApiError of(int status, String message, String field) {
    return new ApiError(status, message, field, List.of());
  }
}
