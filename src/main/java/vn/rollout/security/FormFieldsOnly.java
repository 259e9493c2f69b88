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
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
 */
final class FormFieldsOnly {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEPLOYMENT_BINDING = "deployment";

  private final ProcessEngineConfigurationImpl configuration;
  private final Map<String, Set<String>> fieldsOfTask = new ConcurrentHashMap<>();

  FormFieldsOnly(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Refuses, with a 400 naming it, the first submitted name that is not a field of the task's form. */
  void check(String taskId, Map<String, ?> variables) {
    Authentication caller = configuration.isAuthorizationEnabled() ? configuration.getIdentityService().getCurrentAuthentication() : null;
    if (variables == null || variables.isEmpty() || caller == null || taskId == null
        || caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
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
        return fieldsOfTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
            ignored -> fields(deployedForm(taskId)));
      });
    });
    if (fields == null) {
      return;
    }
    for (String name : new TreeSet<>(variables.keySet())) {
      if (!fields.contains(name)) {
        throw new Refused("Biểu mẫu của công việc này không có trường '" + name + "'; chỉ gửi được các "
            + "trường của biểu mẫu. The task's form has no field '" + name + "'; a submission or completion sets only "
            + "the form's fields" + (fields.isEmpty() ? " (this task has no form: none)" : " (" + String.join(", ", fields) + ")") + ".");
      }
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
