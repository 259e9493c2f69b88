package vn.rollout.config;

import java.util.List;

/** Bad input at a boundary: answered 400 with the field named, never 500. */
public class BadRequestException extends RuntimeException {

  private final String field;
  private final transient List<ApiError.Problem> problems;

  public BadRequestException(String field, String message) {
    this(field, message, List.of());
  }

  public BadRequestException(String field, String message, List<ApiError.Problem> problems) {
    super(message);
    this.field = field;
    this.problems = List.copyOf(problems);
  }

  public String field() {
    return field;
  }

  public List<ApiError.Problem> problems() {
    return problems;
  }
}
