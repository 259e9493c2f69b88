package vn.rollout.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.rollout.shared.InvalidInputException;

/**
 * A form that the server refuses: the engine rolls the submission back (nothing is completed or
 * started) and Tasklist shows the Vietnamese message to the official. It is the engine's own form
 * validation exception, which the REST API answers with 400; {@link FormRejectionPlugin} unwraps it
 * when a task listener threw it.
 */
public final class FormRejection {

  private FormRejection() {}

  public static RuntimeException of(InvalidInputException e) {
    return new FormFieldValidationException(e.field(), e.getMessage(), e);
  }

  /** The form's {@code field} is refused with {@code message}, in Vietnamese. */
  public static RuntimeException of(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  /** The form's {@code field} could not be read ({@code cause}); {@code message} says so in Vietnamese. */
  public static RuntimeException of(String field, String message, Throwable cause) {
    return new FormFieldValidationException(field, message, cause);
  }
}
