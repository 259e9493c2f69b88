package vn.rollout.process;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a task's Camunda Form shows that is read when the form asks for it ({@code GET
 * /task/{id}/form-variables}, {@code FormService#getTaskFormVariables}) rather than stored on the task when
 * it opens, and which fields the form submits stay on the task. Each value stored on a task is a row written
 * as the task opens and deleted as it ends, tens of thousands of times in a cascade or at a deadline; a value
 * read when an official opens the form is read only for the tasks officials open, and is never out of date.
 *
 * <p>Who answers for a task ({@link TaskFormValuesPlugin}): the beans that open it (its {@code create} task
 * listeners, {@code ${bean}}) that implement this interface, and every bean implementing it that is no task
 * listener (the heading, {@code rollout.TaskHeading}). Only a task with a Camunda Form ({@code camunda:formRef})
 * shows what they read; a field the form only shows needs no place in {@link #keptOnTask}, since form-js submits
 * only its input fields.
 */
public interface TaskFormValues {

  /**
   * Puts into {@code shown} what the form of {@code task} shows, read now. Where the task sees a variable of
   * the same name (a task opened before these values were read on demand, a value set in Cockpit), the form
   * shows that variable instead.
   */
  default void show(DelegateTask task, Map<String, TypedValue> shown) {
    // nothing read on demand
  }

  /**
   * The fields that the form of {@code task} submits and that stay on the task as its local variables, as if
   * the task had them before: what an official types never becomes a process variable, and the listener
   * that completes the task reads it from the task. A field the submission leaves out is not set at all.
   */
  default Set<String> keptOnTask(DelegateTask task) {
    return Set.of();
  }

  /** A text the form shows. */
  static TypedValue text(String value) {
    return Variables.stringValue(value);
  }

  /** A checkbox's value. */
  static TypedValue checked(boolean value) {
    return Variables.booleanValue(value);
  }
}
