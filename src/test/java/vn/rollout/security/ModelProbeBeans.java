package vn.rollout.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.rollout.process.CalledFromModels;

/**
 * Beans of the kinds the product's models use, for the deployment tests (test sources only): a delegate
 * wired by {@code camunda:delegateExpression="${securityProbeDelegate}"} and a bean marked
 * {@link CalledFromModels} whose method a model calls, as the rollout calls {@code ${deadlines.reminder(…)}}.
 */
@Configuration(proxyBeanMethods = false)
class ModelProbeBeans {

  static final String DELEGATE = "securityProbeDelegate";
  static final String CALLABLE = "securityProbeFacts";
  static final String UNMARKED = "securityProbeUnmarked";

  @Bean(DELEGATE)
  JavaDelegate securityProbeDelegate() {
    return (DelegateExecution execution) -> execution.setVariable("delegateRan", true);
  }

  @Bean(CALLABLE)
  ProbeFacts securityProbeFacts() {
    return new ProbeFacts();
  }

  @Bean(UNMARKED)
  UnmarkedFacts securityProbeUnmarked() {
    return new UnmarkedFacts();
  }

  @CalledFromModels
  public static class ProbeFacts {
    public String greeting(String name) {
      return "Xin chào " + name;
    }
  }

  /** The same method, without the mark: models may not call it. */
  public static class UnmarkedFacts {
    public String greeting(String name) {
      return "Xin chào " + name;
    }
  }
}
