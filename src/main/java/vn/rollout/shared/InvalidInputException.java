package vn.rollout.shared;

import java.util.List;

/**
 * Input a domain rule refuses, naming the field at fault (a JSON path such as {@code items[2].deadline})
 * and, for bulk input, every problem found. The web layer answers it 400 ({@code web.ApiExceptionHandler}).
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final transient List<Problem> problems;

  public InvalidInputException(String field, String message) {
    this(field, message, List.of());
  }

  public InvalidInputException(String field, String message, List<Problem> problems) {
    super(message);
    this.field = field;
    this.problems = List.copyOf(problems);
  }

  public String field() {
    return field;
  }

  public List<Problem> problems() {
    return problems;
  }
}
