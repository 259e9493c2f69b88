package vn.rollout.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * A custom session factory ({@code customSessionFactories}) that opens one of the product's subclasses
 * of an engine manager in place of the engine's own, keyed by the engine's class as commands ask for it.
 */
record ReplacedManager(Class<? extends Session> engineType, Supplier<? extends Session> replacement) implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return engineType;
  }

  @Override
  public Session openSession() {
    return replacement.get();
  }
}
