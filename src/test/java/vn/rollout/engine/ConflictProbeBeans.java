package vn.rollout.engine;

import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A delegate for {@link ConflictRetryIT} (test sources only) that makes its own job lose a race: while the
 * job runs, another thread changes the same process instance and commits, as an official completing a
 * task of the instance would. Its variable {@code probe} says how: {@code join} completes the instance's
 * other branch (once: both branches then meet at the parallel join, as a ward's study and its superior's
 * programme do); {@code always} suspends and reactivates the instance (every time); {@code fail} throws.
 */
@Configuration(proxyBeanMethods = false)
class ConflictProbeBeans {

  static final String DELEGATE = "conflictProbeDelegate";

  @Bean(DELEGATE)
  JavaDelegate conflictProbeDelegate(TaskService taskService, RuntimeService runtimeService) {
    return (DelegateExecution execution) -> {
      String instance = execution.getProcessInstanceId();
      switch ((String) execution.getVariable("probe")) {
        case "join" -> {
          var other = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Other").singleResult();
          if (other != null) {
            elsewhere(() -> taskService.complete(other.getId()));
          }
        }
        case "always" -> elsewhere(() -> {
          runtimeService.suspendProcessInstanceById(instance);
          runtimeService.activateProcessInstanceById(instance);
        });
        case "fail" -> throw new IllegalStateException("the probe fails");
        default -> throw new IllegalArgumentException("probe");
      }
    };
  }

  /** Runs the change in a transaction of its own, on another thread, and waits until it has committed. */
  private static void elsewhere(Runnable change) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        change.run();
      } catch (RuntimeException e) {
        failure.set(e);
      }
    }, "conflict-probe");
    thread.start();
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (thread.isAlive() || failure.get() != null) {
      throw new IllegalStateException("the probe's change did not commit", failure.get());
    }
  }
}
