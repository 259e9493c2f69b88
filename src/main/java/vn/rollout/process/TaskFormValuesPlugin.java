package vn.rollout.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.BooleanFormType;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.BooleanValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * {@link TaskFormValues} in the engine: every user task's form handler, as the BPMN parser made it, is wrapped
 * so that
 * <ul>
 *   <li>the form data of a task with a Camunda Form, built to answer its form variables, carries, as form
 *       fields, what the task's {@code TaskFormValues} show; the engine answers a task's form variables with
 *       its form fields first, then with the variables the task sees ({@code GetTaskFormVariablesCmd}), so a
 *       value is added only where the task sees no variable of its name;</li>
 *   <li>a submission first sets, as the task's local variables, the fields its {@code TaskFormValues} keep on
 *       the task and that the task does not have yet; the engine's own handler then sets every submitted value
 *       as before, and a value the task has is set on the task.</li>
 * </ul>
 * A BPMN parse listener is Camunda's documented way to change what the parser builds; the form handler it
 * wraps is the engine's, which validates, logs the user operation and writes the history as before.
 */
@Component
class TaskFormValuesPlugin extends AbstractProcessEnginePlugin {

  /** A listener written as the project writes them: {@code ${beanName}}. */
  private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}");

  private final ListableBeanFactory beans;
  private volatile List<TaskFormValues> everyTask;

  TaskFormValuesPlugin(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.setTaskFormHandler(new Handler(definition.getTaskFormHandler()));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The task's {@code TaskFormValues}: those that are no listener, then its create listeners that are. */
  List<TaskFormValues> valuesOf(DelegateTask task, TaskDefinition definition) {
    List<TaskFormValues> values = new ArrayList<>(everyTask());
    List<TaskListener> opening = definition.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);
    for (TaskListener listener : opening == null ? List.<TaskListener>of() : opening) {
      if (listener instanceof DelegateExpressionTaskListener expression) {
        Matcher bean = BEAN.matcher(expression.getExpressionText());
        if (bean.matches() && beans.containsBean(bean.group(1))
            && beans.getBean(bean.group(1)) instanceof TaskFormValues own && !values.contains(own)) {
          values.add(own);
        }
      }
    }
    return values;
  }

  private List<TaskFormValues> everyTask() {
    List<TaskFormValues> found = everyTask;
    if (found == null) {
      found = beans.getBeansOfType(TaskFormValues.class).values().stream()
          .filter(bean -> !(bean instanceof TaskListener))
          .toList();
      everyTask = found;
    }
    return found;
  }

  /**
   * Whether the engine builds the form data to answer the form's variables. It builds it for the form's key
   * and for the deployed form too, which do not need what the form shows.
   */
  static boolean formVariablesAsked() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd;
  }

  /** The form field the engine answers a form variable with. */
  static FormField field(String name, TypedValue value) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(name);
    field.setType(value instanceof BooleanValue ? new BooleanFormType() : new StringFormType());
    field.setValue(value);
    return field;
  }

  final class Handler implements TaskFormHandler {

    private final TaskFormHandler engine;

    Handler(TaskFormHandler engine) {
      this.engine = engine;
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
        ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      engine.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      TaskFormData form = engine.createTaskForm(task);
      if (form.getCamundaFormRef() == null || !formVariablesAsked() || !(form instanceof TaskFormDataImpl data)) {
        return form;
      }
      Map<String, TypedValue> shown = new LinkedHashMap<>();
      for (TaskFormValues values : valuesOf(task, task.getTaskDefinition())) {
        values.show(task, shown);
      }
      List<FormField> fields = new ArrayList<>(data.getFormFields());
      shown.forEach((name, value) -> {
        if (value != null && !task.hasVariable(name)) {
          fields.add(field(name, value));
        }
      });
      data.setFormFields(fields);
      return data;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      if (variableScope instanceof TaskEntity task && task.getTaskDefinition() != null) {
        for (TaskFormValues values : valuesOf(task, task.getTaskDefinition())) {
          for (String name : values.keptOnTask(task)) {
            if (properties.containsKey(name) && !task.hasVariableLocal(name)) {
              task.setVariableLocal(name, properties.getValueTyped(name));
            }
          }
        }
      }
      engine.submitFormVariables(properties, variableScope);
    }
  }
}
