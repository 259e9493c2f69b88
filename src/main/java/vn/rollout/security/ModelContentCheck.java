package vn.rollout.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Deploying is executing code, so every new deployment, whoever sends it (Camunda Modeler through
 * {@code /engine-rest/deployment/create}, a redeploy, the start-up auto-deployment), is read before the
 * engine parses it, and refused whole, with a {@link ParseException} that the REST API answers with 400
 * and the offending elements, when a resource:
 * <ul>
 *   <li>is not a BPMN or DMN model or a Camunda Form (a {@code .form} file that is a JSON form schema): no
 *       HTML, images, scripts, whatever their bytes begin with;</li>
 *   <li>names a form other than a Camunda Form: {@code camunda:formKey} of any kind (embedded HTML forms
 *       run their {@code cam-script} in the browser of whoever opens the task), or a generated form
 *       ({@code camunda:formData}, {@code camunda:formField}, {@code camunda:formProperty});</li>
 *   <li>has a DOCTYPE (entities: XXE, "billion laughs"), or is not well-formed XML;</li>
 *   <li>contains a script: a script task, a {@code camunda:script} (listeners, input/output), a condition
 *       with a {@code language}, an external script ({@code camunda:resource}), a DMN expression in any
 *       language but FEEL;</li>
 *   <li>names a Java class ({@code camunda:class}, {@code camunda:formHandlerClass},
 *       {@code camunda:variableMappingClass});</li>
 *   <li>has an expression that {@link ExpressionPolicy} refuses.</li>
 * </ul>
 * And when the caller is signed in but not an administrator (a process owner), also when the deployment
 * brings a process, decision or form key that is not deployed yet, or a start event that starts
 * instances by itself (timer, message, signal, conditional): those need an administrator.
 * It runs inside the deployment's transaction, first among the deployers: nothing is deployed.
 */
final class ModelContentCheck implements Deployer {

  static final Set<String> BPMN_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml");
  static final Set<String> DMN_SUFFIXES = Set.of(".dmn", ".dmn11.xml");
  static final String FORM_SUFFIX = ".form";
  static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final Set<String> CAMUNDA_NAMESPACES = Set.of(
      "http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn", "http://camunda.org/schema/1.0/dmn");
  /** Elements whose text is only read by people. */
  static final Set<String> PROSE = Set.of("documentation", "text");
  /** Generated forms: a field list in the model, rendered by Tasklist from the model's own markup. */
  static final Set<String> GENERATED_FORMS = Set.of("formData", "formField", "formProperty");
  /** Event definitions with which a process's own start event starts instances without anybody asking. */
  static final Set<String> SELF_STARTING = Set.of(
      "timerEventDefinition", "messageEventDefinition", "signalEventDefinition", "conditionalEventDefinition");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExpressionPolicy expressions;

  ModelContentCheck(ModelBeanCatalog beans) {
    this.expressions = new ExpressionPolicy(beans);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return; // a deployment read back from the database into the cache was checked when it was made
    }
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    // nobody signed in: the application's own start-up deployment
    boolean administrator = caller == null || context.getAuthorizationManager().isCamundaAdmin(caller);
    for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
      Inspection inspection = inspect(resource.getKey(), resource.getValue().getBytes());
      List<ModelProblem> problems = new ArrayList<>(inspection.problems());
      if (!administrator) {
        problems.addAll(needingAnAdministrator(inspection, context));
      }
      if (!problems.isEmpty()) {
        throw new ParseException(summary(resource.getKey(), problems), resource.getKey(), List.copyOf(problems), List.of());
      }
    }
  }

  /**
   * What only an administrator may deploy: a key nobody has deployed yet (a new process starts nothing
   * by itself, but a new key is a new thing officials will be asked to trust), and a start event that
   * starts instances by itself (nobody with the right to start an instance asks for it).
   */
  private static List<ModelProblem> needingAnAdministrator(Inspection inspection, CommandContext context) {
    List<ModelProblem> problems = new ArrayList<>(inspection.selfStarting());
    for (DefinitionKey key : inspection.keys()) {
      boolean exists = switch (key.kind()) {
        case PROCESS -> context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key.key()) != null;
        case DECISION -> context.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key.key()) != null;
        case FORM -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key.key()) != null;
      };
      if (!exists) {
        problems.add(new ModelProblem(key.kind().label + " '" + key.key() + "' is not deployed yet: a new key needs an "
            + "administrator (camunda-admin); a process owner deploys new versions of the keys that exist",
            key.line(), 0, key.kind() == DefinitionKey.Kind.FORM ? null : key.key()));
      }
    }
    return problems;
  }

  static String summary(String resource, List<ModelProblem> problems) {
    StringBuilder message = new StringBuilder("The deployment is refused: ").append(resource);
    for (ModelProblem problem : problems) {
      message.append(problem.line() > 0 ? " | line " + problem.line() + ": " : " | ").append(problem.message());
    }
    return message.toString();
  }

  /** Everything wrong with one resource, whoever deploys it; empty if it may be deployed. */
  List<ModelProblem> check(String name, byte[] content) {
    return inspect(name, content).problems();
  }

  /** A resource as the check reads it: what is wrong with it, and what it brings. */
  Inspection inspect(String name, byte[] content) {
    // suffixes as the engine's deployers read them, case and all: anything else would be stored unparsed
    byte[] bytes = content == null ? new byte[0] : content;
    if (BPMN_SUFFIXES.stream().anyMatch(name::endsWith)) {
      return scan(bytes, DefinitionKey.Kind.PROCESS);
    }
    if (DMN_SUFFIXES.stream().anyMatch(name::endsWith)) {
      return scan(bytes, DefinitionKey.Kind.DECISION);
    }
    if (name.endsWith(FORM_SUFFIX)) {
      return form(name, bytes);
    }
    return Inspection.refused(new ModelProblem("'" + name + "' may not be deployed: only BPMN (.bpmn) and DMN (.dmn) "
        + "models and Camunda Forms (.form)", 0, 0, null));
  }

  /** A Camunda Form is a JSON object with its key ({@code id}) and its {@code components}; nothing else is. */
  private static Inspection form(String name, byte[] content) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException e) {
      form = null;
    }
    if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()
        || !form.path("components").isArray()) {
      return Inspection.refused(new ModelProblem("'" + name + "' is not a Camunda Form: a .form file is the JSON "
          + "that Camunda Modeler saves, an object with its \"id\" and its \"components\"", 0, 0, null));
    }
    return new Inspection(List.of(), List.of(new DefinitionKey(DefinitionKey.Kind.FORM, form.get("id").asText(), 0)),
        List.of());
  }

  private Inspection scan(byte[] content, DefinitionKey.Kind kind) {
    Scan scan = new Scan(kind);
    try {
      parser().parse(new ByteArrayInputStream(content), scan);
    } catch (SAXParseException e) {
      String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
          ? "a DOCTYPE is not allowed (no DTDs, entities or external references in models)"
          : "the model is not well-formed XML: " + e.getMessage();
      scan.problems.add(new ModelProblem(reason, e.getLineNumber(), e.getColumnNumber(), null));
    } catch (SAXException | IOException e) {
      scan.problems.add(new ModelProblem("the model cannot be read: " + e.getMessage(), 0, 0, null));
    }
    return new Inspection(scan.problems, scan.keys, scan.selfStarting);
  }

  static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no safe XML parser", e);
    }
  }

  /** One element being read: its name, its own id, the id of it or of its nearest ancestor that has one. */
  private record Frame(String name, boolean ownId, String id, StringBuilder text) {

    String where() {
      return id == null ? name : ownId ? name + " '" + id + "'" : name + " in '" + id + "'";
    }
  }

  /** What one resource is: its problems, the definition keys it brings, its self-starting start events. */
  record Inspection(List<ModelProblem> problems, List<DefinitionKey> keys, List<ModelProblem> selfStarting) {

    static Inspection refused(ModelProblem problem) {
      return new Inspection(List.of(problem), List.of(), List.of());
    }
  }

  /** A process, decision or form key that a resource deploys a version of. */
  record DefinitionKey(Kind kind, String key, int line) {

    enum Kind {
      PROCESS("process"), DECISION("decision"), FORM("form");

      final String label;

      Kind(String label) {
        this.label = label;
      }
    }
  }

  private final class Scan extends DefaultHandler {

    final List<ModelProblem> problems = new ArrayList<>();
    final List<DefinitionKey> keys = new ArrayList<>();
    final List<ModelProblem> selfStarting = new ArrayList<>();
    private final DefinitionKey.Kind kind;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;

    Scan(DefinitionKey.Kind kind) {
      this.kind = kind;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String id = attributes.getValue("id");
      Frame parent = open.peek();
      Frame frame = new Frame(localName, id != null, id != null ? id : parent == null ? null : parent.id(), new StringBuilder());
      Frame grandparent = open.size() < 2 ? null : open.stream().skip(1).findFirst().orElse(null);
      open.push(frame);
      boolean camunda = CAMUNDA_NAMESPACES.contains(uri);

      if (id != null && (kind == DefinitionKey.Kind.PROCESS ? "process".equals(localName) && BPMN_NAMESPACE.equals(uri)
          : "decision".equals(localName) && uri.contains("DMN"))) {
        keys.add(new DefinitionKey(kind, id, line()));
      }
      if (SELF_STARTING.contains(localName) && parent != null && "startEvent".equals(parent.name())
          && grandparent != null && "process".equals(grandparent.name())) {
        selfStarting.add(new ModelProblem(parent.where() + ": a start event that starts instances by itself ("
            + localName + ") needs an administrator (camunda-admin) to deploy", line(), column(), parent.id()));
      }
      if (camunda && GENERATED_FORMS.contains(localName)) {
        problem(frame, "a generated form (camunda:" + localName + ") is not allowed: "
            + "use a Camunda Form (camunda:formRef with camunda:formRefBinding=\"deployment\")");
      }

      if ("scriptTask".equals(localName)) {
        problem(frame, "a script task is not allowed: wire a delegate with camunda:delegateExpression=\"${beanName}\"");
      }
      if (camunda && "script".equals(localName)) {
        problem(frame, "a script (camunda:script) is not allowed");
      }
      if (!camunda && attributes.getValue("language") != null
          && ("conditionExpression".equals(localName) || "condition".equals(localName) || "completionCondition".equals(localName))) {
        problem(frame, "a script condition (language=\"" + attributes.getValue("language") + "\") is not allowed");
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        // camunda:taskListener's own attributes (class, delegateExpression, expression) have no prefix
        String attributeUri = attributes.getURI(i);
        attribute(frame, CAMUNDA_NAMESPACES.contains(attributeUri) || (camunda && attributeUri.isEmpty()),
            attributes.getLocalName(i), attributes.getValue(i));
      }
    }

    private void attribute(Frame frame, boolean camunda, String name, String value) {
      if (camunda && ("class".equals(name) || name.endsWith("Class"))) {
        problem(frame, "a Java class (camunda:" + name + "=\"" + value + "\") is not allowed: "
            + "use camunda:delegateExpression=\"${beanName}\"");
      } else if (camunda && "formKey".equals(name)) {
        problem(frame, "camunda:formKey=\"" + value + "\" is not allowed (embedded, external and generated forms): "
            + "use a Camunda Form (camunda:formRef with camunda:formRefBinding=\"deployment\")");
      } else if (camunda && "resource".equals(name)) {
        problem(frame, "an external script (camunda:resource=\"" + value + "\") is not allowed");
      } else if ("expressionLanguage".equals(name) && !value.toLowerCase(Locale.ROOT).contains("feel")) {
        problem(frame, "expressions in " + value + " are not allowed: DMN expressions are FEEL only");
      } else if (camunda && name.endsWith("elegateExpression")) {
        expressions.checkDelegate(value).forEach(reason -> problem(frame, "camunda:" + name + ": " + reason));
      } else if (ExpressionPolicy.isExpression(value)) {
        expressions.check(value).forEach(reason -> problem(frame, name + ": " + reason));
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text().append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Frame frame = open.pop();
      String text = frame.text().toString();
      if (!PROSE.contains(localName) && ExpressionPolicy.isExpression(text)) {
        expressions.check(text.strip()).forEach(reason -> problem(frame, reason));
      }
    }

    private void problem(Frame frame, String reason) {
      problems.add(new ModelProblem(frame.where() + ": " + reason, line(), column(), frame.id()));
    }

    private int line() {
      return locator == null ? 0 : locator.getLineNumber();
    }

    private int column() {
      return locator == null ? 0 : locator.getColumnNumber();
    }
  }
}
