package vn.rollout.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.rollout.config.BadRequestException;

/**
 * A form that the server refuses: the engine rolls the submission back (nothing is completed or
 * started) and Tasklist shows the Vietnamese message to the official. It is the engine's own form
 * validation exception, which the REST API answers with 400; {@link FormRejectionPlugin} unwraps it
 * when a task listener threw it.
 */
public final class FormRejection {

  private FormRejection() {}

  public static FormFieldValidationException of(BadRequestException e) {
    return new FormFieldValidationException(e.field(), e.getMessage(), e);
  }
}
