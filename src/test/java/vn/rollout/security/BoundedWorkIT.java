package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import vn.rollout.support.IntegrationTest;

/**
 * One request, or one account, cannot take the service (SECURITY.md, "Bounded work"): a JSON body
 * above {@code rollout.security.max-body-size} is a 413 on {@code /api} and on the engine's REST API,
 * announced or sent in chunks, and a caller nobody knows is refused before any body is read; one user
 * holding {@code max-concurrent-requests-per-user} slow requests gets 429 for the next, while another
 * user is served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedWorkIT extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @LocalServerPort int port;
  @Value("${rollout.security.max-body-size}") DataSize bodyLimit;
  @Value("${rollout.security.max-concurrent-requests-per-user}") int perUser;

  String greedy;
  String patient;

  @BeforeAll
  void twoUsers() {
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    greedy = fixture.user("nhieu-yeu-cau");
    patient = fixture.user("kien-nhan");
  }

  static String basic(String user) {
    return Base64.getEncoder().encodeToString((user + ":" + SecurityFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the headers and the first bytes of a body, and leaves the rest unsent: the socket stays open. */
  Socket slowRequest(String path, String user, long contentLength) throws IOException {
    Socket socket = new Socket("localhost", port);
    socket.setSoTimeout(3_000);
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
        + (user == null ? "" : "Authorization: Basic " + basic(user) + "\r\n")
        + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n{\"programme\":").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  String answer(String path, String user, String json) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
          + "Authorization: Basic " + basic(user) + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return WebappSecurityIT.readAnswer(socket.getInputStream());
    }
  }

  @Test
  void shouldRefuseAJsonBodyAboveTheLimitOnTheApiAndTheEngineRestApi() throws IOException {
    long tooLarge = bodyLimit.toBytes() + 1;
    for (String path : List.of("/api/programmes/check", "/engine-rest/message", "/engine-rest/task/x/complete")) {
      try (Socket socket = slowRequest(path, greedy, tooLarge)) {
        String answer = WebappSecurityIT.readAnswer(socket.getInputStream());
        assertThat(answer).as(path).startsWith("HTTP/1.1 413").contains("larger than allowed");
      }
    }
  }

  @Test
  void shouldRefuseAChunkedJsonBodyAboveTheLimitAfterReadingAtMostTheLimit() throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/programmes/check HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic(greedy)
          + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      long sent = 0;
      try {
        while (sent <= bodyLimit.toBytes()) {
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          sent += chunk.length;
        }
        out.flush();
      } catch (IOException closedByTheServer) {
        // the server may answer and close before the client has finished
      }
      assertThat(WebappSecurityIT.readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void shouldRefuseAnUnknownCallerBeforeReadingTheBody() throws IOException {
    try (Socket socket = slowRequest("/api/programmes/check", null, bodyLimit.toBytes())) {
      assertThat(WebappSecurityIT.readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 401");
    }
  }

  @Test
  void shouldServeOthersWhileOneAccountHoldsItsShareOfRequests() throws IOException {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < perUser; i++) {
        held.add(slowRequest("/api/programmes/check", greedy, 1000));
      }
      // (each held request is counted once the server has authenticated it)
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          assertThat(answer("/api/programmes/check", greedy, "{}")).startsWith("HTTP/1.1 429").contains("at most " + perUser));

      assertThat(answer("/api/programmes/check", patient, "{}")).startsWith("HTTP/1.1 200");
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(answer("/api/programmes/check", greedy, "{}")).startsWith("HTTP/1.1 200"));
  }
}
