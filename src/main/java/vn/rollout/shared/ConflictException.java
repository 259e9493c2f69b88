package vn.rollout.shared;

/** The request is well-formed but clashes with what exists (the same symbol twice): answered 409. */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
