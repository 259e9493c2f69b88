package vn.rollout.engine;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.core.task.TaskDecorator;

/**
 * Officials' requests before the job executor's jobs, on a node that serves both. A cascade or a
 * deadline burst keeps every job thread busy (and, on a small server, the database beside it): an
 * official opening Tasklist then waited 6–13 times longer than on an idle node, the plain task query as
 * much as the filter (BENCHMARKS.md, "Tasklist while the cascade runs"). While at least one request is
 * being served, and for {@code linger} after the last answer (a click in Tasklist is several requests in a
 * row, an official's next click follows), a job may start only if fewer than {@code jobsWhileServing} jobs
 * are running; the others wait, each at most {@code maxDelay}, then run anyway. Without the linger the
 * executor's threads refilled in the few milliseconds between two requests and the next request met them
 * all running (BENCHMARKS.md, "Officials first"). Jobs already
 * running are never interrupted, so the job executor always progresses: under a steady stream of
 * requests it runs {@code jobsWhileServing} jobs at a time, plus each waiting thread's job after
 * {@code maxDelay}. A node without requests (a worker node) or without a job executor (a web node) is not
 * affected.
 *
 * <p>The wait happens in the job executor's own thread, with the job already acquired and locked (120 s):
 * nothing is lost, and the executor's queue filling up makes the acquisition back off as it does when the
 * threads are busy.
 */
final class RequestsFirst implements TaskDecorator, MeterBinder {

  static final String DELAYED_JOBS = "rollout.jobs.delayed.by.requests";

  private final int jobsWhileServing;
  private final long lingerNanos;
  private final long maxDelayNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private int requests;
  private long requestsServed;
  /** When the last request was answered ({@link System#nanoTime()}); none yet: long ago. */
  private long lastAnswer;
  private int jobs;
  private long delayedJobs;

  RequestsFirst(int jobsWhileServing, Duration linger, Duration maxDelay) {
    if (jobsWhileServing < 0) {
      throw new IllegalArgumentException("rollout.job-execution.jobs-while-serving-requests must be 0 or more");
    }
    if (linger.isNegative()) {
      throw new IllegalArgumentException("rollout.job-execution.serving-linger must not be negative");
    }
    if (maxDelay.isNegative()) {
      throw new IllegalArgumentException("rollout.job-execution.max-job-delay must not be negative");
    }
    this.jobsWhileServing = jobsWhileServing;
    this.lingerNanos = linger.toNanos();
    this.maxDelayNanos = maxDelay.toNanos();
    this.lastAnswer = System.nanoTime() - lingerNanos - 1;
  }

  @Override
  public Runnable decorate(Runnable jobRun) {
    return () -> {
      jobStarting();
      try {
        jobRun.run();
      } finally {
        jobEnded();
      }
    };
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder(DELAYED_JOBS, this, RequestsFirst::delayedJobs)
        .description("Job runs that waited for officials' requests to be answered (this node)")
        .register(registry);
    Gauge.builder("rollout.requests.being.served", this, RequestsFirst::requests)
        .description("Requests on the REST APIs and the webapps' API being served now (this node)")
        .register(registry);
  }

  /** A request is being served from now on; {@link #requestEnded()} must follow, whatever happens. */
  void requestStarted() {
    lock.lock();
    try {
      requests++;
      requestsServed++;
    } finally {
      lock.unlock();
    }
  }

  void requestEnded() {
    lock.lock();
    try {
      requests--;
      lastAnswer = System.nanoTime();
      if (requests == 0) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private void jobStarting() {
    lock.lock();
    try {
      long deadline = System.nanoTime() + maxDelayNanos;
      boolean waited = false;
      while (jobs >= jobsWhileServing) {
        long now = System.nanoTime();
        long servingFor = requests > 0 ? Long.MAX_VALUE : lastAnswer + lingerNanos - now;
        long left = Math.min(deadline - now, servingFor);
        if (left <= 0) {
          break;
        }
        waited = true;
        changed.awaitNanos(left);
      }
      if (waited) {
        delayedJobs++;
      }
      jobs++;
    } catch (InterruptedException e) {
      // shutting down: run the job taken (the executor lets taken jobs finish), keep the interrupt
      Thread.currentThread().interrupt();
      jobs++;
    } finally {
      lock.unlock();
    }
  }

  private void jobEnded() {
    lock.lock();
    try {
      jobs--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Requests being served now. */
  int requests() {
    lock.lock();
    try {
      return requests;
    } finally {
      lock.unlock();
    }
  }

  /** Requests counted since the start. */
  long requestsServed() {
    lock.lock();
    try {
      return requestsServed;
    } finally {
      lock.unlock();
    }
  }

  /** Job runs (an executor's batch of jobs) running now. */
  int jobs() {
    lock.lock();
    try {
      return jobs;
    } finally {
      lock.unlock();
    }
  }

  /** Job runs that waited for requests since the start. */
  long delayedJobs() {
    lock.lock();
    try {
      return delayedJobs;
    } finally {
      lock.unlock();
    }
  }
}
