package vn.rollout.security;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * The engine's runtime service: a process instance started by someone signed in starts at its start, with only
 * its start form's fields ({@link FormFieldsOnly#checkStart}). Every {@code startProcessInstanceById/ByKey} and
 * the REST API's {@code POST /process-definition/…/start} go through these two builders.
 */
final class InstanceStarts extends RuntimeServiceImpl {

  private final FormFieldsOnly formFields;

  InstanceStarts(FormFieldsOnly formFields) {
    this.formFields = formFields;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    return new CheckedStart(commandExecutor, formFields, processDefinitionId, null);
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    return new CheckedStart(commandExecutor, formFields, null, processDefinitionKey);
  }

  private static final class CheckedStart extends ProcessInstantiationBuilderImpl {

    private final FormFieldsOnly formFields;

    CheckedStart(CommandExecutor commandExecutor, FormFieldsOnly formFields, String processDefinitionId,
        String processDefinitionKey) {
      super(commandExecutor);
      this.formFields = formFields;
      this.processDefinitionId = processDefinitionId;
      this.processDefinitionKey = processDefinitionKey;
    }

    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners, boolean skipIoMappings) {
      formFields.checkStart(this);
      return super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
    }
  }
}
