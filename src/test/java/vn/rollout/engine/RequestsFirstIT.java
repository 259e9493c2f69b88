package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * The requests the job executor gives way to ({@link RequestsFirst}) are counted from their headers to
 * their answer, on the engine's REST API, the product's API and the webapps' API; the external task
 * workers' long poll, the webapps' files and the health check are not.
 */
class RequestsFirstIT extends IntegrationTest {

  static final String CREDENTIALS = "Basic " + Base64.getEncoder()
      .encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  @Autowired RequestsFirst requestsFirst;
  @LocalServerPort int port;

  @Test
  void shouldCountARequestUntilItIsAnswered() throws IOException {
    for (String path : new String[] {"/engine-rest/task", "/api/programmes/check"}) {
      try (Socket held = slowRequest(path)) {
        await(path + " being served").atMost(Duration.ofSeconds(20)).until(() -> requestsFirst.requests() == 1);
      }
      await(path + " answered").atMost(Duration.ofSeconds(20)).until(() -> requestsFirst.requests() == 0);
    }
  }

  @Test
  void shouldCountTheApisOnly() {
    assertCounted(1, "GET", "/engine-rest/task/count");
    assertCounted(1, "GET", "/api/resolutions");
    assertCounted(1, "GET", "/camunda/api/engine/engine/default/task/count");
    assertCounted(0, "GET", "/camunda/app/tasklist/default/");
    assertCounted(0, "GET", "/actuator/health");
    assertCounted(0, "POST", JobExecutorConfiguration.LONG_POLL);
    // the long poll written otherwise: with a path parameter, a trailing slash, a repeated slash
    assertCounted(0, "POST", JobExecutorConfiguration.LONG_POLL + ";worker=w");
    assertCounted(0, "POST", JobExecutorConfiguration.LONG_POLL + "/");
    assertCounted(0, "POST", "/engine-rest//external-task/fetchAndLock");
    // and what only looks like it
    assertCounted(1, "POST", JobExecutorConfiguration.LONG_POLL + "Later");
    assertCounted(1, "POST", "/api/external-task/fetchAndLock");
  }

  private void assertCounted(int counted, String method, String path) {
    long before = requestsFirst.requestsServed();
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", CREDENTIALS).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString("POST".equals(method) ? "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[]}" : "")));
    assertThat(answer.statusCode()).as(path).isLessThan(500);
    assertThat(requestsFirst.requestsServed() - before).as(method + " " + path).isEqualTo(counted);
    await().atMost(Duration.ofSeconds(20)).until(() -> requestsFirst.requests() == 0);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Headers and the first byte of a body, the rest never sent: the request is being served until the socket closes. */
  private Socket slowRequest(String path) throws IOException {
    Socket socket = new Socket("localhost", port);
    socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + CREDENTIALS
        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }
}
