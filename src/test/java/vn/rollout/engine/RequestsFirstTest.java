package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.task.TaskExecutor;

/** Jobs wait for the requests being served, within their limits; nothing else waits. */
class RequestsFirstTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void jobsRunTogetherWhileNoRequestIsServed() throws Exception {
    var gate = new RequestsFirst(0, Duration.ZERO, Duration.ofMinutes(1));
    var together = new CountDownLatch(4);
    var release = new CountDownLatch(1);
    for (int i = 0; i < 4; i++) {
      threads.execute(gate.decorate(() -> {
        together.countDown();
        await(release);
      }));
    }
    assertThat(together.await(10, TimeUnit.SECONDS)).as("four jobs running at once").isTrue();
    assertThat(gate.jobs()).isEqualTo(4);
    release.countDown();
    awaitJobs(gate, 0);
    assertThat(gate.delayedJobs()).isZero();
  }

  @Test
  void aJobWaitsUntilTheRequestIsAnswered() throws Exception {
    var gate = new RequestsFirst(0, Duration.ZERO, Duration.ofMinutes(1));
    gate.requestStarted();
    var ran = new CountDownLatch(1);
    threads.execute(gate.decorate(ran::countDown));
    assertThat(ran.await(300, TimeUnit.MILLISECONDS)).as("ran while the request was served").isFalse();
    gate.requestEnded();
    assertThat(ran.await(10, TimeUnit.SECONDS)).as("ran once the request was answered").isTrue();
    assertThat(gate.delayedJobs()).isEqualTo(1);
  }

  @Test
  void aJobWaitsForEveryRequestNotJustTheFirst() throws Exception {
    var gate = new RequestsFirst(0, Duration.ZERO, Duration.ofMinutes(1));
    gate.requestStarted();
    gate.requestStarted();
    var ran = new CountDownLatch(1);
    threads.execute(gate.decorate(ran::countDown));
    gate.requestEnded();
    assertThat(ran.await(300, TimeUnit.MILLISECONDS)).as("ran while the second request was served").isFalse();
    gate.requestEnded();
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void whileServingOnlyTheAllowedNumberOfJobsRun() throws Exception {
    var gate = new RequestsFirst(1, Duration.ZERO, Duration.ofMinutes(1));
    gate.requestStarted();
    var running = new AtomicInteger();
    var most = new AtomicInteger();
    var release = new CountDownLatch(1);
    var done = new CountDownLatch(3);
    for (int i = 0; i < 3; i++) {
      threads.execute(gate.decorate(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        await(release);
        running.decrementAndGet();
        done.countDown();
      }));
    }
    Thread.sleep(300);
    assertThat(gate.jobs()).as("one job while the request is served").isEqualTo(1);
    release.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).as("the others follow one at a time").isTrue();
    assertThat(most.get()).isEqualTo(1);
    gate.requestEnded();
  }

  @Test
  void aJobWaitsAtMostTheMaximumDelay() throws Exception {
    var gate = new RequestsFirst(0, Duration.ZERO, Duration.ofMillis(200));
    gate.requestStarted(); // never answered: a stream of requests
    var ran = new CountDownLatch(1);
    long start = System.nanoTime();
    threads.execute(gate.decorate(ran::countDown));
    assertThat(ran.await(10, TimeUnit.SECONDS)).as("ran despite the request").isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(gate.delayedJobs()).isEqualTo(1);
  }

  @Test
  void aJobWaitsTheLingerAfterTheLastAnswer() throws Exception {
    var gate = new RequestsFirst(0, Duration.ofMillis(400), Duration.ofMinutes(1));
    gate.requestStarted();
    gate.requestEnded();
    var ran = new CountDownLatch(1);
    long answered = System.nanoTime();
    threads.execute(gate.decorate(ran::countDown));
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - answered)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(gate.delayedJobs()).isEqualTo(1);
  }

  @Test
  void noLingerBeforeTheFirstRequest() throws Exception {
    var gate = new RequestsFirst(0, Duration.ofMinutes(1), Duration.ofMinutes(1));
    var ran = new CountDownLatch(1);
    threads.execute(gate.decorate(ran::countDown));
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(gate.delayedJobs()).isZero();
  }

  @Test
  void aFailingJobFreesItsPlace() throws Exception {
    var gate = new RequestsFirst(1, Duration.ZERO, Duration.ofMinutes(1));
    gate.requestStarted();
    var failed = new CountDownLatch(1);
    threads.execute(() -> {
      try {
        gate.decorate(() -> {
          throw new IllegalStateException("job failed");
        }).run();
      } catch (IllegalStateException expected) {
        failed.countDown();
      }
    });
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    var ran = new CountDownLatch(1);
    threads.execute(gate.decorate(ran::countDown));
    assertThat(ran.await(10, TimeUnit.SECONDS)).as("the next job takes the failed one's place").isTrue();
    gate.requestEnded();
  }

  @Test
  void anInterruptedWaitRunsTheTakenJobAndKeepsTheInterrupt() throws Exception {
    var gate = new RequestsFirst(0, Duration.ZERO, Duration.ofMinutes(1));
    gate.requestStarted();
    var ran = new CountDownLatch(1);
    var interrupted = new java.util.concurrent.atomic.AtomicBoolean();
    var worker = new Thread(gate.decorate(() -> {
      interrupted.set(Thread.currentThread().isInterrupted());
      ran.countDown();
    }));
    worker.start();
    Thread.sleep(200);
    worker.interrupt();
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(interrupted).isTrue();
    gate.requestEnded();
  }

  @Test
  void theJobExecutorsThreadsGiveWay() throws Exception {
    configuration()
        .withPropertyValues("rollout.job-execution.jobs-while-serving-requests=0",
            "rollout.job-execution.serving-linger=0s", "rollout.job-execution.max-job-delay=1m")
        .run(context -> {
          var gate = context.getBean(RequestsFirst.class);
          var executor = context.getBean(JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER, TaskExecutor.class);
          gate.requestStarted();
          var ran = new CountDownLatch(1);
          executor.execute(ran::countDown);
          assertThat(ran.await(300, TimeUnit.MILLISECONDS)).as("the job ran while a request was served").isFalse();
          gate.requestEnded();
          assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        });
  }

  @Test
  void refusesToHoldAJobLongerThanHalfItsLock() {
    configuration()
        .withPropertyValues("camunda.bpm.job-execution.lock-time-in-millis=120000", "rollout.job-execution.max-job-delay=61s")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("rollout.job-execution.max-job-delay (PT1M1S) must be at most half the job lock time"));
    configuration()
        .withPropertyValues("camunda.bpm.job-execution.lock-time-in-millis=120000", "rollout.job-execution.max-job-delay=60s")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void noJobExecutorNoThreads() {
    configuration()
        .withPropertyValues("camunda.bpm.job-execution.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(RequestsFirst.class)
            .doesNotHaveBean(JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER));
  }

  @Test
  void refusesSettingsThatCannotWork() {
    assertThatThrownBy(() -> new RequestsFirst(-1, Duration.ZERO, Duration.ofSeconds(1)))
        .hasMessageContaining("jobs-while-serving-requests");
    assertThatThrownBy(() -> new RequestsFirst(1, Duration.ZERO, Duration.ofSeconds(-1)))
        .hasMessageContaining("max-job-delay");
    assertThatThrownBy(() -> new RequestsFirst(1, Duration.ofSeconds(-1), Duration.ZERO))
        .hasMessageContaining("serving-linger");
  }

  /** The job executor's configuration alone, with Spring Boot's conversions (durations such as "30s"). */
  private static ApplicationContextRunner configuration() {
    return new ApplicationContextRunner()
        .withInitializer(context -> context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()))
        .withUserConfiguration(JobExecutorConfiguration.class)
        .withBean(CamundaBpmProperties.class, CamundaBpmProperties::new);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitJobs(RequestsFirst gate, int jobs) throws InterruptedException {
    for (int i = 0; i < 100 && gate.jobs() != jobs; i++) {
      Thread.sleep(50);
    }
    assertThat(gate.jobs()).isEqualTo(jobs);
  }
}
