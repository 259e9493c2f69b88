package vn.rollout.security;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service: a task's form or a start form submitted by someone signed in sets only the form's
 * fields ({@link FormFieldsOnly}); Tasklist submits this way ({@code POST /task/{id}/submit-form},
 * {@code POST /process-definition/{id}/submit-form}).
 */
final class FormSubmissions extends FormServiceImpl {

  private final FormFieldsOnly formFields;

  FormSubmissions(FormFieldsOnly formFields) {
    this.formFields = formFields;
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
    formFields.checkStartForm(processDefinitionId, properties);
    return super.submitStartFormData(processDefinitionId, properties);
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey, Map<String, String> properties) {
    formFields.checkStartForm(processDefinitionId, properties);
    return super.submitStartFormData(processDefinitionId, businessKey, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    formFields.checkStartForm(processDefinitionId, properties);
    return super.submitStartForm(processDefinitionId, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
    formFields.checkStartForm(processDefinitionId, properties);
    return super.submitStartForm(processDefinitionId, businessKey, properties);
  }

  @Override
  public void submitTaskFormData(String taskId, Map<String, String> properties) {
    formFields.check(taskId, properties);
    super.submitTaskFormData(taskId, properties);
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    formFields.check(taskId, properties);
    super.submitTaskForm(taskId, properties);
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
    formFields.check(taskId, properties);
    return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
  }
}
