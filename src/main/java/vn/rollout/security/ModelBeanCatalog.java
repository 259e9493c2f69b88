package vn.rollout.security;

/** What the deployment check needs to know about a name used in an expression. */
interface ModelBeanCatalog {

  /** Whether the name is a Spring bean at all (then it is not a process variable). */
  boolean isBean(String name);

  /** A delegate or listener bean, allowed as {@code camunda:delegateExpression="${name}"}. */
  boolean isDelegate(String name);

  /** A bean marked {@code @CalledFromModels}, whose methods expressions may call. */
  boolean isCallable(String name);
}
