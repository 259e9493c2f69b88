package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The per-account limit holds under churn: requests of one account that begin while others end are
 * never admitted beyond the limit, and nothing stays counted once they have all ended.
 */
class PerCallerConcurrencyTest {

  static final int LIMIT = 2;

  IdentityService signedIn(String user) {
    IdentityService identity = mock(IdentityService.class);
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of()));
    return identity;
  }

  int call(PerCallerConcurrency filter, FilterChain chain) throws Exception {
    var response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("POST", "/api/programmes/check"), response, chain);
    return response.getStatus();
  }

  @Test
  void shouldAnswer429AboveTheLimitAndServeAgainOnceOneEnds() throws Exception {
    var filter = new PerCallerConcurrency(signedIn("nhieu-yeu-cau"), LIMIT);
    var release = new CountDownLatch(1);
    var entered = new CountDownLatch(LIMIT);
    ExecutorService pool = Executors.newFixedThreadPool(LIMIT);
    try {
      List<Future<Integer>> held = new ArrayList<>();
      for (int i = 0; i < LIMIT; i++) {
        held.add(pool.submit(() -> call(filter, (request, response) -> {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
          }
        })));
      }
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      var refused = new MockHttpServletResponse();
      filter.doFilter(new MockHttpServletRequest(), refused, (request, response) -> { });
      assertThat(refused.getStatus()).isEqualTo(429);
      assertThat(refused.getContentAsString()).contains("at most " + LIMIT);
      assertThat(filter.running("nhieu-yeu-cau")).isEqualTo(LIMIT);

      release.countDown();
      for (Future<Integer> request : held) {
        assertThat(request.get(10, TimeUnit.SECONDS)).isEqualTo(200);
      }
      assertThat(filter.running("nhieu-yeu-cau")).isZero();
      assertThat(call(filter, (request, response) -> { })).isEqualTo(200);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void shouldNeverAdmitMoreThanTheLimitWhileRequestsBeginAndEnd() throws Exception {
    var filter = new PerCallerConcurrency(signedIn("nhieu-yeu-cau"), LIMIT);
    var inside = new AtomicInteger();
    var most = new AtomicInteger();
    FilterChain chain = (request, response) -> {
      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
      for (int i = 0; i < 20; i++) {
        Thread.yield();
      }
      inside.decrementAndGet();
    };
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            call(filter, chain);
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isLessThanOrEqualTo(LIMIT);
    assertThat(filter.running("nhieu-yeu-cau")).isZero();
  }
}
