package vn.rollout.shared;

/** The path names something that does not exist (an unknown committee): answered 404 naming the field. */
public class NotFoundException extends RuntimeException {

  private final String field;

  public NotFoundException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
