package vn.rollout.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a process model may do. It is parsed with the engine's own JUEL parser and
 * walked node by node; anything not allowed here is refused:
 * <ul>
 *   <li>literals, operators ({@code == && ! empty ?:} …) and parentheses;</li>
 *   <li>process variables by name ({@code ${programmeApproved}}, {@code ${inspectionGroup}});</li>
 *   <li>method calls and properties of beans marked {@code @CalledFromModels}
 *       ({@code ${deadlines.reminder(studyDue, 'P7D')}}), with arguments that follow the same rules;</li>
 *   <li>a few read-only properties of {@code execution} and {@code task}
 *       ({@code ${execution.processBusinessKey}});</li>
 *   <li>the engine's functions {@code now()}, {@code dateTime()}, {@code currentUser()},
 *       {@code currentUserGroups()}.</li>
 * </ul>
 * A {@code camunda:delegateExpression} must be exactly {@code ${beanName}} naming a delegate or listener
 * bean. Everything else is refused: other beans ({@code ${systemEnvironment}}, {@code ${repositoryService…}}),
 * methods or properties of variables, {@code execution} or function results
 * ({@code ${execution.getProcessEngineServices()…}}, {@code ${"".getClass()…}}), other functions.
 */
final class ExpressionPolicy {

  static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  static final Set<String> EXECUTION_PROPERTIES = Set.of("id", "processInstanceId", "processBusinessKey",
      "businessKey", "processDefinitionId", "activityInstanceId", "currentActivityId", "currentActivityName",
      "eventName", "tenantId");
  static final Set<String> TASK_PROPERTIES = Set.of("id", "name", "assignee", "owner", "taskDefinitionKey",
      "processInstanceId", "executionId", "eventName", "dueDate", "followUpDate", "priority", "tenantId");

  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final ModelBeanCatalog beans;

  ExpressionPolicy(ModelBeanCatalog beans) {
    this.beans = beans;
  }

  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why a general expression (condition, timer, candidate group, name, input…) is refused; empty if allowed. */
  List<String> check(String text) {
    List<String> reasons = new ArrayList<>();
    parse(text, reasons).ifPresent(root -> walk(root, reasons));
    return reasons;
  }

  /** Why a {@code delegateExpression} is refused; empty if it names a delegate or listener bean. */
  List<String> checkDelegate(String text) {
    List<String> reasons = new ArrayList<>();
    Optional<Node> root = parse(text, reasons);
    if (root.isEmpty()) {
      return reasons;
    }
    Node node = root.get();
    if (node instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier identifier) {
      if (!beans.isDelegate(identifier.getName())) {
        reasons.add("'" + identifier.getName() + "' is not a delegate or listener bean of the application");
      }
    } else {
      reasons.add("a delegate expression must be ${beanName} naming a delegate or listener bean, not \"" + text + "\"");
    }
    return reasons;
  }

  private static Optional<Node> parse(String text, List<String> reasons) {
    try {
      return Optional.of(PARSER.build(text).getRoot());
    } catch (TreeBuilderException e) {
      reasons.add("the expression \"" + text + "\" cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private void walk(Node node, List<String> reasons) {
    if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if (beans.isBean(name) && !beans.isCallable(name)) {
        reasons.add("the bean '" + name + "' may not be used in expressions (only beans marked @CalledFromModels)");
      }
    } else if (node instanceof AstMethod method) {
      checkMethod(method, reasons);
    } else if (node instanceof AstDot dot) {
      checkProperty(dot, reasons);
    } else if (node instanceof AstBracket) {
      reasons.add("[…] access is not allowed in expressions");
    } else if (node instanceof AstFunction function) {
      if (!FUNCTIONS.contains(function.getName())) {
        reasons.add("the function " + function.getName() + "() is not allowed (only " + String.join("(), ", FUNCTIONS.stream().sorted().toList()) + "())");
      }
      children(node, reasons);
    } else if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
        || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
        || node instanceof AstParameters) {
      children(node, reasons);
    } else if (!(node instanceof AstText || node instanceof AstString || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull)) {
      reasons.add("this kind of expression is not allowed: " + node);
    }
  }

  private void children(Node node, List<String> reasons) {
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), reasons);
    }
  }

  /** {@code bean.method(args)} on a {@code @CalledFromModels} bean, nothing else. */
  private void checkMethod(AstMethod method, List<String> reasons) {
    Node property = method.getChild(0);
    if (property instanceof AstDot dot && dot.getChild(0) instanceof AstIdentifier base && beans.isCallable(base.getName())) {
      walk(method.getChild(1), reasons);
    } else {
      reasons.add("method calls are allowed only on beans marked @CalledFromModels, not in " + structure(method));
    }
  }

  /** {@code bean.property} of a {@code @CalledFromModels} bean, or a listed property of {@code execution} or {@code task}. */
  private void checkProperty(AstDot dot, List<String> reasons) {
    String property = propertyName(dot);
    if (dot.getChild(0) instanceof AstIdentifier base) {
      String name = base.getName();
      if (beans.isCallable(name)
          || ("execution".equals(name) && !beans.isBean(name) && EXECUTION_PROPERTIES.contains(property))
          || ("task".equals(name) && !beans.isBean(name) && TASK_PROPERTIES.contains(property))) {
        return;
      }
    }
    reasons.add("the property access " + structure(dot) + " is not allowed");
  }

  /** JUEL keeps a dot's property name to itself; its {@code toString()} is {@code ". name"}. */
  private static String propertyName(AstDot dot) {
    return dot.toString().substring(2);
  }

  private static String structure(Node node) {
    StringBuilder text = new StringBuilder();
    ((org.camunda.bpm.impl.juel.AstNode) node).appendStructure(text, null);
    return text.toString();
  }
}
