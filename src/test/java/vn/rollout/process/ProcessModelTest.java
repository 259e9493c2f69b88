package vn.rollout.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in processes/ as a process owner's Modeler and the house rules want it: complete diagram
 * interchange, typed English ids, Vietnamese names, services wired by delegateExpression only, no
 * scripts, every user task offered to a group with a deployed form and due on a date, history time to live.
 */
class ProcessModelTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final String MODELER = "http://camunda.org/schema/modeler/1.0";
  static final Pattern GENERATED = Pattern.compile("_[0-9a-z]{7}$");
  static final Pattern TYPED_ID = Pattern.compile("^[A-Za-z]+_[A-Z][A-Za-z0-9]*$");
  static final Pattern VIETNAMESE_LETTER = Pattern.compile(
      "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", Pattern.CASE_INSENSITIVE);
  static final Map<Class<? extends BaseElement>, String> ID_PREFIX = Map.of(
      StartEvent.class, "StartEvent_",
      EndEvent.class, "EndEvent_",
      BoundaryEvent.class, "BoundaryEvent_",
      Task.class, "Task_",
      SubProcess.class, "SubProcess_",
      Gateway.class, "Gateway_",
      SequenceFlow.class, "Flow_",
      CallActivity.class, "CallActivity_");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      List<Path> models = files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).isNotEmpty();
      return models.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldBeNamedAfterItsExecutableProcessWithHistoryTimeToLiveForTheModeler(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    List<Process> executable = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();

    assertThat(executable).hasSize(1);
    Process process = executable.get(0);
    assertThat(path.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
    assertThat(vietnamese(process.getName())).as("process name %s", process.getName()).isTrue();
    var definitions = model.getDefinitions().getDomElement();
    assertThat(definitions.getAttribute(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
    assertThat(definitions.getAttribute(MODELER, "executionPlatformVersion")).startsWith("7.24");
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldDrawEveryFlowNodeAndEveryFlow(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());

    assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
        assertThat(shapes).as("shape of %s", node.getId()).contains(node.getId()));
    assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow ->
        assertThat(edges).as("edge of %s", flow.getId()).contains(flow.getId()));
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldGiveEveryElementATypedEnglishIdAndAVietnameseName(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
    elements.addAll(model.getModelElementsByType(SequenceFlow.class));

    for (BaseElement element : elements) {
      String id = element.getId();
      assertThat(id).as("id of a %s", element.getElementType().getTypeName()).matches(TYPED_ID).doesNotContainPattern(GENERATED);
      String prefix = prefix(element);
      assertThat(id).as("id of a %s", element.getElementType().getTypeName()).startsWith(prefix);
      if (element instanceof FlowNode node) {
        assertThat(vietnamese(node.getName())).as("Vietnamese name of %s: %s", id, node.getName()).isTrue();
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      boolean conditionalOrDefault = flow.getConditionExpression() != null
          || (flow.getSource() instanceof Gateway gateway && flow.equals(defaultOf(gateway)));
      if (conditionalOrDefault) {
        assertThat(vietnamese(flow.getName())).as("answer %s of a decision: %s", flow.getId(), flow.getName()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldWireEveryServiceByDelegateExpressionAndHaveNoScripts(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());

    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaScript.class)).isEmpty();
    List<Task> services = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
    services.addAll(model.getModelElementsByType(SendTask.class));
    services.addAll(model.getModelElementsByType(BusinessRuleTask.class).stream()
        .filter(task -> task.getCamundaDecisionRef() == null).toList());
    for (Task task : services) {
      assertThat(task.getAttributeValueNs(CAMUNDA, "delegateExpression")).as("delegateExpression of %s", task.getId())
          .matches("\\$\\{[a-z][A-Za-z0-9]*}");
      assertThat(task.getAttributeValueNs(CAMUNDA, "class")).as("class of %s", task.getId()).isNull();
      assertThat(task.getAttributeValueNs(CAMUNDA, "expression")).as("expression of %s", task.getId()).isNull();
      assertThat(task.getAttributeValueNs(CAMUNDA, "type")).as("type of %s", task.getId()).isNull();
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      assertThat(listener.getCamundaDelegateExpression()).as("task listener").isNotBlank();
      assertThat(listener.getCamundaClass()).isNull();
      assertThat(listener.getCamundaExpression()).isNull();
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      assertThat(listener.getCamundaDelegateExpression()).as("execution listener").isNotBlank();
      assertThat(listener.getCamundaClass()).isNull();
      assertThat(listener.getCamundaExpression()).isNull();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldOfferEveryUserTaskToAGroupWithADeployedForm(Path path) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    Set<String> forms = formIds();

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isNull();
      assertThat(task.getCamundaCandidateUsers()).as("candidate users of %s", task.getId()).isNull();
      assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
      assertThat(forms).as("form of %s", task.getId()).contains(task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(forms).contains(start.getCamundaFormRef());
      }
    }
  }

  /**
   * "Quá hạn" and "Đến hạn trong 7 ngày" mean something for every task: each has a due date, from an
   * expression a process owner changes in the Modeler (a deadline variable, or {@code deadlines.…}).
   */
  @ParameterizedTest
  @MethodSource("models")
  void shouldGiveEveryUserTaskADueDateFromAnExpression(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank().startsWith("${").endsWith("}");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldTakeEveryTimerFromAProcessVariable(Path path) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());

    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String expression = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
          : timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent()
          : timer.getTimeDuration().getTextContent();
      assertThat(expression).as("timer %s", timer.getId()).startsWith("${");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void shouldOfferEveryServiceTaskAsAnElementTemplateOfTheModeler(Path path) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    Map<String, String> templates = elementTemplates();

    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String template = task.getAttributeValueNs(CAMUNDA, "modelerTemplate");
      assertThat(templates).as("element template of %s", task.getId()).containsKey(template);
      assertThat(templates.get(template)).as("element template %s", template)
          .isEqualTo(task.getAttributeValueNs(CAMUNDA, "delegateExpression"));
    }
  }

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** Element template id to the delegate expression it sets. */
  private static Map<String, String> elementTemplates() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> templates = new java.util.HashMap<>();
    try (Stream<Path> files = Files.list(PROCESSES.resolve(".camunda/element-templates"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
        var template = json.readTree(file.toFile());
        for (var property : template.path("properties")) {
          if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
            templates.put(template.path("id").asText(), property.path("value").asText());
          }
        }
      }
    }
    return templates;
  }

  private static String prefix(BaseElement element) {
    if (element instanceof IntermediateCatchEvent catchEvent) {
      return catchEvent.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance) ? "Timer_" : "Event_";
    }
    return ID_PREFIX.entrySet().stream()
        .filter(entry -> entry.getKey().isInstance(element))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("Event_");
  }

  private static SequenceFlow defaultOf(Gateway gateway) {
    String id = gateway.getAttributeValue("default");
    return id == null ? null : (SequenceFlow) gateway.getModelInstance().getModelElementById(id);
  }

  static boolean vietnamese(String name) {
    return name != null && !name.isBlank()
        && Normalizer.isNormalized(name, Normalizer.Form.NFC)
        && VIETNAMESE_LETTER.matcher(name).find();
  }

  private static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(path -> path.toString().endsWith(".form"))
          .map(path -> {
            try {
              return json.readTree(path.toFile()).path("id").asText();
            } catch (IOException e) {
              throw new IllegalStateException(path.toString(), e);
            }
          })
          .collect(Collectors.toSet());
    }
  }
}
