package vn.rollout.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A node of the product as production runs it: the packaged jar in a JVM of its own, on the
 * {@code postgres} profile, so that a test can kill it hard ({@code kill -9}) or switch a user
 * from one node to another. The jar is built before Failsafe runs ({@code package} phase).
 */
public final class NodeProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final long startedAt = System.nanoTime();
  private Duration startUp;

  private NodeProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static NodeProcess start(String name, String jdbcUrl, String... extraArguments) {
    int port = freePort();
    Path log = Path.of("target", "node-" + name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-Duser.timezone=UTC",
        "-jar", jar().toString(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--spring.application.name=" + name));
    command.addAll(List.of(extraArguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ROLLOUT_DB_URL", jdbcUrl);
    builder.environment().put("ROLLOUT_DB_USER", "postgres");
    builder.environment().put("ROLLOUT_DB_PASSWORD", "postgres");
    builder.environment().put("ROLLOUT_ADMIN_PASSWORD", TestDatabase.ADMIN_PASSWORD);
    // no mail goes out in these tests: an address where nothing listens
    builder.environment().put("ROLLOUT_SMTP_HOST", "127.0.0.1");
    builder.environment().put("ROLLOUT_SMTP_PORT", "2525");
    builder.environment().put("ROLLOUT_MAIL_FROM", "trienkhai-nghiquyet@localhost");
    try {
      NodeProcess node = new NodeProcess(builder.start(), port, log);
      try {
        node.awaitHealthy();
      } catch (RuntimeException e) {
        node.kill(); // a node that never became healthy must not outlive the test
        throw e;
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Ends the JVM at once, as a crash or {@code kill -9} would: no shutdown hook, no graceful stop. */
  public void kill() {
    process.destroyForcibly();
    process.onExit().join();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      process.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newHttpClient();
    Awaitility.await("node on port " + port + " (log: " + log + ")")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .failFast("the node exited, see " + log, () -> !process.isAlive())
        .until(() -> {
          return http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        });
    startUp = Duration.ofNanos(System.nanoTime() - startedAt);
  }

  /** From launching the JVM until the node answered healthy. */
  public Duration startUp() {
    return startUp;
  }

  private static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(path -> path.getFileName().toString().matches("resolution-rollout-.*\\.jar"))
          .filter(path -> !path.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no application jar in target/: run the package phase first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
