package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a deployment may contain: every kind of script, class and expression the check must refuse, and what it must let through. */
class ModelContentCheckTest {

  /** The application's beans as the check sees them: two callable beans, delegates and listeners, and beans models may not touch. */
  static final ModelBeanCatalog BEANS = new ModelBeanCatalog() {
    final Set<String> callable = Set.of("deadlines", "subordinateCommittees");
    final Set<String> delegates = Set.of("checkProgrammeDelegate", "recordStudyListener");
    final Set<String> others = Set.of("repositoryService", "systemEnvironment", "processEngine", "dataSource");

    @Override
    public boolean isBean(String name) {
      return callable.contains(name) || delegates.contains(name) || others.contains(name);
    }

    @Override
    public boolean isDelegate(String name) {
      return delegates.contains(name);
    }

    @Override
    public boolean isCallable(String name) {
      return callable.contains(name);
    }
  };

  final ModelContentCheck check = new ModelContentCheck(BEANS);

  static String bpmn(String processContent) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Test" targetNamespace="http://rollout.vn/bpmn">
          <bpmn:process id="Probe" isExecutable="true" camunda:historyTimeToLive="P1D">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processContent);
  }

  List<ModelProblem> problems(String name, String xml) {
    return check.check(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  List<String> messages(String processContent) {
    return problems("probe.bpmn", bpmn(processContent)).stream().map(ModelProblem::message).toList();
  }

  @Test
  void shouldAcceptWhatTheProductsModelsUse() {
    assertThat(messages("""
        <bpmn:startEvent id="StartEvent_Registered" name="Đã đăng ký" />
        <bpmn:serviceTask id="Task_CheckProgramme" name="Kiểm tra chương trình" camunda:delegateExpression="${checkProgrammeDelegate}" />
        <bpmn:userTask id="Task_Study" name="Học tập: ${resolutionTitle}" camunda:candidateGroups="${propagandaGroup}"
            camunda:dueDate="${studyDue}" camunda:followUpDate="${deadlines.reminder(studyDue, 'P7D')}">
          <bpmn:documentation>Not code: ${anything.at(all)}</bpmn:documentation>
          <bpmn:extensionElements>
            <camunda:taskListener event="complete" delegateExpression="${recordStudyListener}" />
            <camunda:inputOutput>
              <camunda:inputParameter name="key">${execution.processBusinessKey}</camunda:inputParameter>
              <camunda:inputParameter name="asOf">${now()}</camunda:inputParameter>
            </camunda:inputOutput>
          </bpmn:extensionElements>
          <bpmn:multiInstanceLoopCharacteristics camunda:collection="${subordinateCommittees.inBatch(committeeCode, subordinateBatch)}" camunda:elementVariable="subordinate" />
        </bpmn:userTask>
        <bpmn:sequenceFlow id="Flow_Approved" sourceRef="a" targetRef="b">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${programmeApproved &amp;&amp; !empty officeGroup}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_Late" sourceRef="a" targetRef="c">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">#{reminders &gt; 2 or kind == 'late'}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:intermediateCatchEvent id="Event_Due"><bpmn:timerEventDefinition id="Timer_Due">
          <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${deadlines.reminder(studyDue, 'P7D')}</bpmn:timeDate>
        </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        """)).isEmpty();
  }

  @Test
  void shouldRefuseAScriptTask() {
    assertThat(messages("""
        <bpmn:scriptTask id="Task_Evil" scriptFormat="javascript"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script></bpmn:scriptTask>
        """)).singleElement().asString().contains("scriptTask 'Task_Evil'").contains("script task is not allowed");
  }

  @Test
  void shouldRefuseScriptListenersAndScriptInputs() {
    assertThat(messages("""
        <bpmn:userTask id="Task_Listened">
          <bpmn:extensionElements>
            <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">"id".execute()</camunda:script></camunda:executionListener>
            <camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="javascript" resource="deployment://evil.js" /></camunda:inputParameter></camunda:inputOutput>
          </bpmn:extensionElements>
        </bpmn:userTask>
        """))
        .anySatisfy(m -> assertThat(m).contains("script in 'Task_Listened'").contains("camunda:script"))
        .anySatisfy(m -> assertThat(m).contains("external script (camunda:resource=\"deployment://evil.js\")"))
        .hasSize(3);
  }

  @Test
  void shouldRefuseAScriptCondition() {
    assertThat(messages("""
        <bpmn:sequenceFlow id="Flow_Scripted" sourceRef="a" targetRef="b">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        """)).singleElement().asString().contains("conditionExpression in 'Flow_Scripted'").contains("script condition");
  }

  @Test
  void shouldRefuseAnExternalScriptCondition() {
    assertThat(messages("""
        <bpmn:sequenceFlow id="Flow_External" sourceRef="a" targetRef="b">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy" camunda:resource="org/evil.groovy" />
        </bpmn:sequenceFlow>
        """)).hasSize(2).allSatisfy(m -> assertThat(m).contains("Flow_External"));
  }

  @Test
  void shouldRefuseJavaClasses() {
    assertThat(messages("""
        <bpmn:serviceTask id="Task_Class" camunda:class="org.evil.Delegate" />
        <bpmn:userTask id="Task_FormHandler" camunda:formHandlerClass="org.evil.FormHandler" />
        <bpmn:callActivity id="Call_Mapping" calledElement="x" camunda:variableMappingClass="org.evil.Mapping" />
        <bpmn:userTask id="Task_Listener">
          <bpmn:extensionElements><camunda:taskListener event="create" class="org.evil.Listener" /></bpmn:extensionElements>
        </bpmn:userTask>
        """))
        .anySatisfy(m -> assertThat(m).contains("taskListener in 'Task_Listener'").contains("org.evil.Listener"))
        .anySatisfy(m -> assertThat(m).contains("Task_Class").contains("camunda:class=\"org.evil.Delegate\""))
        .anySatisfy(m -> assertThat(m).contains("Task_FormHandler").contains("formHandlerClass"))
        .anySatisfy(m -> assertThat(m).contains("Call_Mapping").contains("variableMappingClass"))
        .hasSize(4);
  }

  @Test
  void shouldRefuseTheOldActivitiNamespaceToo() {
    assertThat(problems("old.bpmn", """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:activiti="http://activiti.org/bpmn" targetNamespace="x">
          <process id="Old" isExecutable="true"><serviceTask id="Task_Old" activiti:class="org.evil.Delegate" /></process>
        </definitions>""")).singleElement().extracting(ModelProblem::elementId).isEqualTo("Task_Old");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${repositoryService}", "${checkProgrammeDelegate.execute(execution)}", "${execution}",
      "#{systemEnvironment}", "checkProgrammeDelegate", " ${checkProgrammeDelegate}"})
  void shouldRefuseADelegateExpressionThatIsNotADelegateBean(String expression) {
    assertThat(messages("<bpmn:serviceTask id=\"Task_Delegate\" camunda:delegateExpression=\"" + expression + "\" />"))
        .singleElement().asString().contains("serviceTask 'Task_Delegate'").contains("camunda:delegateExpression");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${systemEnvironment}",
      "${dataSource.connection}",
      "${repositoryService.deleteDeployment('x', true)}",
      "${execution.getProcessEngineServices().getRepositoryService()}",
      "${execution.processEngineServices.repositoryService}",
      "${execution.processEngine}",
      "${task.execution}",
      "${''.getClass().forName('java.lang.Runtime')}",
      "${officeGroup.getClass()}",
      "${officeGroup.class.classLoader}",
      "${programme['class']}",
      "${T(java.lang.Runtime).getRuntime().exec('id')}",
      "${dateTime().plusDays(7).toDate()}",
      "${deadlines.reminder(repositoryService, 'P7D')}",
      "${deadlines['reminder'](studyDue, 'P7D')}",
      "${fn:evil()}",
      "#{processEngine.close()}",
      "Tên ${processEngine.name} việc",
      "${unclosed"})
  void shouldRefuseExpressionsThatReachBeyondVariablesAndCallableBeans(String expression) {
    String escaped = expression.replace("&", "&amp;").replace("'", "&apos;").replace("\"", "&quot;").replace("<", "&lt;");
    assertThat(messages("<bpmn:userTask id=\"Task_Expression\" camunda:candidateGroups='" + escaped + "' />"))
        .as(expression)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m).contains("userTask 'Task_Expression'").contains("candidateGroups"));
  }

  @Test
  void shouldCheckExpressionsInElementTextToo() {
    assertThat(messages("""
        <bpmn:serviceTask id="Task_Field" camunda:delegateExpression="${checkProgrammeDelegate}">
          <bpmn:extensionElements>
            <camunda:field name="target"><camunda:expression>${processEngine}</camunda:expression></camunda:field>
            <camunda:inputOutput><camunda:inputParameter name="env">${systemEnvironment}</camunda:inputParameter></camunda:inputOutput>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        """)).hasSize(2).allSatisfy(m -> assertThat(m).contains("in 'Task_Field'"));
  }

  @Test
  void shouldRefuseADoctypeWithExternalEntities() {
    List<ModelProblem> problems = problems("xxe.bpmn", """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="&xxe;"/>""");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.message()).contains("DOCTYPE is not allowed");
      assertThat(problem.line()).isEqualTo(2);
    });
  }

  @Test
  void shouldRefuseBillionLaughsWithoutExpandingThem() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    long start = System.nanoTime();

    List<ModelProblem> problems = problems("laughs.dmn", "<?xml version=\"1.0\"?><!DOCTYPE lolz [" + entities
        + "]><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" name=\"&lol9;\"/>");

    assertThat(problems).singleElement().extracting(ModelProblem::message).asString().contains("DOCTYPE is not allowed");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void shouldRefuseMalformedXml() {
    assertThat(problems("broken.bpmn", "<definitions><process></definitions>"))
        .singleElement().extracting(ModelProblem::message).asString().contains("not well-formed");
  }

  @Test
  void shouldAcceptFeelAndRefuseOtherLanguagesInDecisions() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Focus" name="Focus" namespace="http://rollout.vn/dmn" %s>
          <decision id="Decision_Focus" name="Chọn đối tượng kiểm tra">
            <decisionTable id="Table_Focus">
              <input id="Input_Overdue"><inputExpression id="Expression_Overdue" typeRef="double" %s><text>overdueShare</text></inputExpression></input>
              <output id="Output_Focus" name="focus" typeRef="boolean" />
              <rule id="Rule_Overdue"><inputEntry id="Entry_Overdue"><text>&gt;= 0.3</text></inputEntry><outputEntry id="Out_Overdue"><text>true</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>""";

    assertThat(problems("focus.dmn", dmn.formatted("", ""))).isEmpty();
    assertThat(problems("focus.dmn", dmn.formatted("expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"", "expressionLanguage=\"feel\""))).isEmpty();
    assertThat(problems("focus.dmn", dmn.formatted("", "expressionLanguage=\"javascript\"")))
        .singleElement().extracting(ModelProblem::message).asString().contains("inputExpression 'Expression_Overdue'").contains("javascript");
    assertThat(problems("focus.dmn", dmn.formatted("expressionLanguage=\"juel\"", "")))
        .singleElement().extracting(ModelProblem::message).asString().contains("definitions 'Definitions_Focus'").contains("FEEL only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.js", "page.html", "drawing.svg", "case.cmmn", "Script.groovy", "diagram.png", "form.json",
      "forms/study.form.html", "README"})
  void shouldRefuseResourcesThatAreNotModelsOrForms(String name) {
    assertThat(check.check(name, "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8)))
        .singleElement().extracting(ModelProblem::message).asString().contains(name);
  }

  @Test
  void shouldRefuseAPictureEvenWhenItsBytesAreReallyAPicture() {
    // the attack: a PNG signature followed by an HTML form with a cam-script block, named as a picture
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', '<', 'f', 'o', 'r', 'm', '>'};
    assertThat(check.check("processes/Probe.png", png)).singleElement().extracting(ModelProblem::message).asString()
        .contains("Probe.png");
  }

  @Test
  void shouldAcceptACamundaFormAndReadItsKey() {
    var form = check.inspect("forms/study-sessions.form",
        "{\"id\":\"study-sessions\",\"type\":\"default\",\"components\":[]}".getBytes(StandardCharsets.UTF_8));
    assertThat(form.problems()).isEmpty();
    assertThat(form.keys()).containsExactly(
        new ModelContentCheck.DefinitionKey(ModelContentCheck.DefinitionKey.Kind.FORM, "study-sessions", 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<form><script cam-script>alert(1)</script></form>", "[]", "{\"components\":[]}",
      "{\"id\":\"\",\"components\":[]}", "{\"id\":\"x\"}", "{\"id\":\"x\",\"components\":{}}",
      "\u0089PNG {\"id\":\"x\",\"components\":[]}", ""})
  void shouldRefuseAFormThatIsNotACamundaFormsJson(String content) {
    assertThat(check.check("forms/evil.form", content.getBytes(StandardCharsets.UTF_8)))
        .singleElement().extracting(ModelProblem::message).asString().contains("evil.form").contains("Camunda Form");
  }

  @ParameterizedTest
  @ValueSource(strings = {"embedded:deployment:evil.png", "embedded:app:forms/x.html", "app:forms/x.html",
      "camunda-forms:deployment:study.form", "", "deployment:evil.png"})
  void shouldRefuseEveryFormKey(String formKey) {
    assertThat(messages("""
        <bpmn:userTask id="Task_Open" name="Mở biểu mẫu" camunda:formKey="%s" camunda:candidateGroups="x" />
        """.formatted(formKey)))
        .singleElement().asString().contains("userTask 'Task_Open'").contains("camunda:formKey").contains("formRef");
    assertThat(messages("""
        <bpmn:startEvent id="StartEvent_Open" camunda:formKey="%s" />
        """.formatted(formKey))).singleElement().asString().contains("StartEvent_Open");
  }

  @Test
  void shouldRefuseGeneratedForms() {
    assertThat(messages("""
        <bpmn:userTask id="Task_Fields" name="Nhập liệu">
          <bpmn:extensionElements>
            <camunda:formData><camunda:formField id="note" type="string" label="Ghi chú" /></camunda:formData>
          </bpmn:extensionElements>
        </bpmn:userTask>
        """)).hasSize(2).allSatisfy(message -> assertThat(message).contains("generated form"))
        .anySatisfy(message -> assertThat(message).contains("in 'Task_Fields'"));
  }

  @Test
  void shouldReadTheKeysAModelDeploysAndItsSelfStartingStartEvents() {
    var inspection = check.inspect("probe.bpmn", bpmn("""
        <bpmn:startEvent id="StartEvent_Nightly"><bpmn:timerEventDefinition id="Timer_Nightly" /></bpmn:startEvent>
        <bpmn:startEvent id="StartEvent_Message"><bpmn:messageEventDefinition id="Message_Def" /></bpmn:startEvent>
        <bpmn:startEvent id="StartEvent_Signal"><bpmn:signalEventDefinition id="Signal_Def" /></bpmn:startEvent>
        <bpmn:startEvent id="StartEvent_Condition"><bpmn:conditionalEventDefinition id="Condition_Def" /></bpmn:startEvent>
        <bpmn:startEvent id="StartEvent_Plain" />
        <bpmn:subProcess id="SubProcess_Reminder" triggeredByEvent="true">
          <bpmn:startEvent id="StartEvent_ReminderDue" isInterrupting="false"><bpmn:timerEventDefinition id="Timer_Reminder" /></bpmn:startEvent>
        </bpmn:subProcess>
        <bpmn:intermediateCatchEvent id="Event_Wait"><bpmn:timerEventDefinition id="Timer_Wait" /></bpmn:intermediateCatchEvent>
        """).getBytes(StandardCharsets.UTF_8));

    assertThat(inspection.problems()).isEmpty();
    assertThat(inspection.keys()).extracting(ModelContentCheck.DefinitionKey::key).containsExactly("Probe");
    assertThat(inspection.selfStarting()).extracting(ModelProblem::elementId)
        .containsExactly("StartEvent_Nightly", "StartEvent_Message", "StartEvent_Signal", "StartEvent_Condition");
  }

  @Test
  void shouldReadEveryProcessOfAModelAndEveryDecisionOfADecisionTable() {
    String twoProcesses = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Two" targetNamespace="x">
          <bpmn:collaboration id="Collaboration_Two" />
          <bpmn:process id="First" isExecutable="true" />
          <bpmn:process id="Second" isExecutable="false" />
        </bpmn:definitions>
        """;
    String decisions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Focus" name="x" namespace="x">
          <decision id="InspectionFocus" name="Chọn trọng tâm" />
          <decision id="InspectionReason" name="Lý do" />
        </definitions>
        """;
    assertThat(check.inspect("two.bpmn", twoProcesses.getBytes(StandardCharsets.UTF_8)).keys())
        .extracting(ModelContentCheck.DefinitionKey::key).containsExactly("First", "Second");
    assertThat(check.inspect("focus.dmn", decisions.getBytes(StandardCharsets.UTF_8)).keys())
        .extracting(ModelContentCheck.DefinitionKey::key).containsExactly("InspectionFocus", "InspectionReason");
  }
}
