package vn.rollout.security;

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
 *   <li>is not a BPMN or DMN model, a Camunda Form or a PNG diagram;</li>
 *   <li>has a DOCTYPE (entities: XXE, "billion laughs"), or is not well-formed XML;</li>
 *   <li>contains a script: a script task, a {@code camunda:script} (listeners, input/output), a condition
 *       with a {@code language}, an external script ({@code camunda:resource}), a DMN expression in any
 *       language but FEEL;</li>
 *   <li>names a Java class ({@code camunda:class}, {@code camunda:formHandlerClass},
 *       {@code camunda:variableMappingClass});</li>
 *   <li>has an expression that {@link ExpressionPolicy} refuses.</li>
 * </ul>
 * It runs inside the deployment's transaction, first among the deployers: nothing is deployed.
 */
final class ModelContentCheck implements Deployer {

  static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml");
  static final Set<String> OTHER_SUFFIXES = Set.of(".form", ".png");
  static final Set<String> CAMUNDA_NAMESPACES = Set.of(
      "http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn", "http://camunda.org/schema/1.0/dmn");
  /** Elements whose text is only read by people. */
  static final Set<String> PROSE = Set.of("documentation", "text");
  static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final ExpressionPolicy expressions;

  ModelContentCheck(ModelBeanCatalog beans) {
    this.expressions = new ExpressionPolicy(beans);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return; // a deployment read back from the database into the cache was checked when it was made
    }
    for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
      List<ModelProblem> problems = check(resource.getKey(), resource.getValue().getBytes());
      if (!problems.isEmpty()) {
        throw new ParseException(summary(resource.getKey(), problems), resource.getKey(), List.copyOf(problems), List.of());
      }
    }
  }

  static String summary(String resource, List<ModelProblem> problems) {
    StringBuilder message = new StringBuilder("The deployment is refused: ").append(resource);
    for (ModelProblem problem : problems) {
      message.append(problem.line() > 0 ? " | line " + problem.line() + ": " : " | ").append(problem.message());
    }
    return message.toString();
  }

  /** Everything wrong with one resource; empty if it may be deployed. */
  List<ModelProblem> check(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (MODEL_SUFFIXES.stream().anyMatch(lower::endsWith)) {
      return scan(content == null ? new byte[0] : content);
    }
    if (lower.endsWith(".png") && !isPng(content)) {
      return List.of(new ModelProblem("'" + name + "' is not a PNG image", 0, 0, null));
    }
    if (OTHER_SUFFIXES.stream().anyMatch(lower::endsWith)) {
      return List.of();
    }
    return List.of(new ModelProblem("'" + name + "' may not be deployed: only BPMN (.bpmn) and DMN (.dmn) models, "
        + "Camunda Forms (.form) and PNG diagrams (.png)", 0, 0, null));
  }

  private static boolean isPng(byte[] content) {
    if (content == null || content.length < PNG_SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < PNG_SIGNATURE.length; i++) {
      if (content[i] != PNG_SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  private List<ModelProblem> scan(byte[] content) {
    Scan scan = new Scan();
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
    return scan.problems;
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

  private final class Scan extends DefaultHandler {

    final List<ModelProblem> problems = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String id = attributes.getValue("id");
      Frame frame = new Frame(localName, id != null, id != null ? id : open.isEmpty() ? null : open.peek().id(), new StringBuilder());
      open.push(frame);
      boolean camunda = CAMUNDA_NAMESPACES.contains(uri);

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
      problems.add(new ModelProblem(frame.where() + ": " + reason,
          locator == null ? 0 : locator.getLineNumber(), locator == null ? 0 : locator.getColumnNumber(), frame.id()));
    }
  }
}
