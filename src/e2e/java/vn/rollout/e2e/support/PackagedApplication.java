package vn.rollout.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application as it is shipped: the packaged jar, started with {@code java -jar} on the default
 * (demo) profile, nothing overridden but the port. It runs in a working directory of its own that is
 * emptied first, so the demo's H2 database under {@code ./data} starts fresh. Its output goes to
 * {@code application.log} in that directory.
 */
public final class PackagedApplication implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

  private final Process process;
  private final URI baseUri;
  private final Path log;
  private final Thread killOnExit;

  private PackagedApplication(Process process, URI baseUri, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
    // Should the test JVM be stopped without closing us, the application must not outlive it.
    this.killOnExit = new Thread(process::destroyForcibly, "stop-packaged-application");
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Starts the jar named by the system property {@code e2e.jar} (else the one in {@code target/}) and waits until it is ready. */
  public static PackagedApplication start() {
    Path jar = jar();
    Path work = Path.of(System.getProperty("e2e.work", "target/e2e-app")).toAbsolutePath();
    deleteRecursively(work);
    try {
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int port = freePort();
    Path log = work.resolve("application.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process;
    try {
      process = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port)
          .directory(work.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + jar, e);
    }
    PackagedApplication application = new PackagedApplication(process, URI.create("http://localhost:" + port), log);
    application.awaitReady();
    return application;
  }

  public URI baseUri() {
    return baseUri;
  }

  public String url(String path) {
    return baseUri + path;
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest readiness = HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
        .timeout(Duration.ofSeconds(5))
        .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped while starting (exit " + process.exitValue() + ")\n" + tailOfLog());
      }
      try {
        if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep waiting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while waiting for the application", e);
      }
      sleep(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException("the application was not ready within " + START_TIMEOUT + "\n" + tailOfLog());
  }

  /** Stops the application as an operator would (SIGTERM, graceful shutdown), forcibly if it hangs. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway, harmlessly
    }
  }

  /** The last lines the application wrote, for failure messages. */
  public String tailOfLog() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static Path jar() {
    String configured = System.getProperty("e2e.jar");
    if (configured != null) {
      Path jar = Path.of(configured);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("no packaged application at " + jar + ": run ./mvnw verify -Pe2e");
      }
      return jar;
    }
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "resolution-rollout-*.jar")) {
      Iterator<Path> found = jars.iterator();
      if (found.hasNext()) {
        return found.next();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no packaged application in target/: run ./mvnw package first");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not empty " + directory, e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
