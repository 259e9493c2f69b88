package vn.rollout.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * What someone signed in may set when they submit or complete a task: the fields of the task's Camunda
 * Form, nothing else. The engine sets every submitted name as a variable, and a name the task does not
 * have locally lands on the process instance, so without this rule an official who may only work on a
 * task could change their rollout's level, committee, deadlines or organ groups by adding a name to the
 * submission ({@code POST /task/{id}/submit-form}, {@code /complete}, {@code /resolve}). A name the form
 * does not have is answered 400 naming it, before anything is set; someone who may not work on the task is
 * refused first, as the engine refuses them (403), and learns nothing of the form.
 *
 * <p>A form's fields are the names its submission carries: the key of each input (its first part when the
 * key is a path such as {@code a.b}), and the path of a dynamic list or of a group that has one (what is
 * inside goes under that name); a group without a path gives its inputs' keys. Text, buttons and the
 * other components that show things submit nothing. A task without a Camunda Form takes no variables.
 * The fields are read once per process definition and task where the form is bound to the model's
 * deployment (as the product's models bind them: that form never changes), else at each submission. The engine's
 * own work (nobody signed in) and administrators (who may change any variable anyway) are unaffected.
 *
 * <p>Starting a process instance is held to the same rule ({@link #checkStart}): someone signed in who may
 * start one (officials: an amendment, an ad-hoc inspection) sets only the fields of its start form, and starts
 * it at its start: never at an activity of their choosing ({@code startInstructions}), which would pass by the
 * step that checks who may start it. The product's own starts run as the system ({@code AsSystem}).
 */
final class FormFieldsOnly {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEPLOYMENT_BINDING = "deployment";

  private final ProcessEngineConfigurationImpl configuration;
  private final Map<String, Set<String>> fieldsOfForm = new ConcurrentHashMap<>();

  FormFieldsOnly(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Refuses, with a 400 naming it, the first submitted name that is not a field of the task's form. */
  void check(String taskId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty() || taskId == null || signedInOfficial() == null) {
      return;
    }
    Set<String> fields = configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
      if (task == null || task.getProcessDefinitionId() == null) {
        return null; // the engine answers an unknown task as it does
      }
      // who may not work on the task is refused as the engine refuses them (403), learning nothing of its form
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      return context.runWithoutAuthorization(() -> {
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null || !DEPLOYMENT_BINDING.equals(definition.getCamundaFormDefinitionBinding())) {
          return fields(deployedForm(taskId)); // the latest form or a version: it may change, read it each time
        }
        return fieldsOfForm.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
            ignored -> fields(deployedForm(taskId)));
      });
    });
    if (fields != null) {
      refuseOthers(fields, variables.keySet(), "của công việc này", "task's form", "a submission or completion");
    }
  }

  private static void refuseOthers(Set<String> fields, Set<String> names, String formVi, String form, String what) {
    for (String name : new TreeSet<>(names)) {
      if (!fields.contains(name)) {
        throw new Refused("Biểu mẫu " + formVi + " không có trường '" + name + "'; chỉ gửi được các trường của biểu mẫu. "
            + "The " + form + " has no field '" + name + "'; " + what + " sets only the form's fields"
            + (fields.isEmpty() ? " (there is no form: none)" : " (" + String.join(", ", fields) + ")") + ".");
      }
    }
  }

  /**
   * Refuses a start by someone signed in (not an administrator) at anything but the process's start, or with a
   * name its start form does not have; someone who may not start the process is refused first, as the engine
   * refuses them (403).
   */
  void checkStart(ProcessInstantiationBuilderImpl start) {
    if (signedInOfficial() == null) {
      return;
    }
    boolean atItsStart = start.getModificationBuilder().getModificationOperations().isEmpty();
    Set<String> fields = configuration.getCommandExecutorTxRequired().execute(context -> {
      ProcessDefinitionEntity definition = new GetDeployedProcessDefinitionCmd(start, false).execute(context);
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkCreateProcessInstance(definition);
      }
      return atItsStart ? context.runWithoutAuthorization(() -> startFormFields(definition)) : null;
    });
    if (!atItsStart) {
      throw new Refused("Chỉ khởi tạo được quy trình từ sự kiện bắt đầu của nó. A process is started at its start "
          + "only: no start instructions.");
    }
    refuseOthers(fields, start.getVariables().keySet(), "khởi tạo quy trình", "start form", "a start");
  }

  /** Refuses a name that is not a field of the process definition's start form, for someone signed in. */
  void checkStartForm(String processDefinitionId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty() || signedInOfficial() == null || processDefinitionId == null) {
      return;
    }
    Set<String> fields = configuration.getCommandExecutorTxRequired().execute(context -> {
      ProcessDefinitionEntity definition = new GetDeployedProcessDefinitionCmd(processDefinitionId, false).execute(context);
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkCreateProcessInstance(definition);
      }
      return context.runWithoutAuthorization(() -> startFormFields(definition));
    });
    refuseOthers(fields, variables.keySet(), "khởi tạo quy trình", "start form", "a start");
  }

  private Authentication signedInOfficial() {
    Authentication caller = configuration.isAuthorizationEnabled() ? configuration.getIdentityService().getCurrentAuthentication() : null;
    return caller == null || caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN) ? null : caller;
  }

  private Set<String> startFormFields(ProcessDefinitionEntity definition) {
    FormDefinition form = definition.getStartFormDefinition();
    if (form == null || !DEPLOYMENT_BINDING.equals(form.getCamundaFormDefinitionBinding())) {
      return fields(deployedStartForm(definition.getId()));
    }
    // a space is in no task's id (an XML name): no task's key collides with this one
    return fieldsOfForm.computeIfAbsent(definition.getId() + " start form", ignored -> fields(deployedStartForm(definition.getId())));
  }

  private static InputStream deployedStartForm(String processDefinitionId) {
    try {
      return new GetDeployedStartFormCmd(processDefinitionId).execute(Context.getCommandContext());
    } catch (BadUserRequestException noCamundaForm) {
      return null;
    }
  }

  /** A submitted name the form does not have: 400 on every REST path ({@link ClientErrorsAreNotServerErrors}). */
  static final class Refused extends BadUserRequestException {
    Refused(String message) {
      super(message);
    }
  }

  private static InputStream deployedForm(String taskId) {
    try {
      return new GetDeployedTaskFormCmd(taskId).execute(Context.getCommandContext());
    } catch (BadUserRequestException noCamundaForm) {
      return null;
    }
  }

  /** The names a submission of this Camunda Form carries; none without a form. */
  static SortedSet<String> fields(InputStream form) {
    SortedSet<String> names = new TreeSet<>();
    if (form != null) {
      try (form) {
        collect(JSON.readTree(form).path("components"), names);
      } catch (IOException e) {
        throw new ProcessEngineException("The task's deployed form cannot be read as a Camunda Form", e);
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  private static void collect(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      String key = component.path("key").asText("");
      if (!path.isEmpty()) {
        names.add(firstPart(path));
      } else if (component.path("components").isArray()) {
        collect(component.path("components"), names);
      } else if (!key.isEmpty()) {
        names.add(firstPart(key));
      }
    }
  }

  private static String firstPart(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }
}
