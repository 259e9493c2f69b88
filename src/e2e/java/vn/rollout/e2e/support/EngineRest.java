package vn.rollout.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Camunda's REST API ({@code /engine-rest}), or the product's own ({@code /api}, see {@link #productApi()}),
 * with HTTP Basic as one user, the way Camunda Modeler and scripts call them.
 */
public final class EngineRest {

  /** The size of the one page {@link #list(String)} asks for, well under the engine's limit. */
  public static final int PAGE = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI baseUri;
  private final String root;
  private final Credentials user;

  EngineRest(URI baseUri, Credentials user) {
    this(baseUri, "/engine-rest", user);
  }

  private EngineRest(URI baseUri, String root, Credentials user) {
    this.baseUri = baseUri;
    this.root = root;
    this.user = user;
  }

  /** The same API as another user. */
  public EngineRest as(Credentials other) {
    return new EngineRest(baseUri, root, other);
  }

  /** The same API without credentials. */
  public EngineRest anonymous() {
    return new EngineRest(baseUri, root, null);
  }

  /** The product's own API, {@code /api}, as the same user. */
  public EngineRest productApi() {
    return new EngineRest(baseUri, "/api", user);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /**
   * A list query's first page: the engine refuses unpaged list queries ({@code query-max-results-limit},
   * see SECURITY.md), so this adds {@code firstResult=0&maxResults=}{@value #PAGE}.
   */
  public Response list(String path) {
    return get(path + (path.contains("?") ? "&" : "?") + "firstResult=0&maxResults=" + PAGE);
  }

  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(json(body)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
  }

  /**
   * {@code POST /deployment/create} exactly as Camunda Modeler 5's deploy dialog sends it (its
   * {@code CamundaAPI.deployDiagram}): a multipart form with the deployment's name,
   * {@code deployment-source} "Camunda Modeler", {@code enable-duplicate-filtering} (an unchanged
   * deployment makes no new one), the diagram under its file name and the files attached in the
   * dialog (the forms the diagram references) after it.
   */
  public Response deployFromModeler(String deploymentName, DeploymentFile diagram, DeploymentFile... attachments) {
    String boundary = "----rollout-e2e-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", deploymentName);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
    List<DeploymentFile> files = new ArrayList<>();
    files.add(diagram);
    files.addAll(List.of(attachments));
    for (DeploymentFile file : files) {
      write(body, "--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"" + file.name() + "\"; filename=\"" + file.name() + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(file.content());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(request("/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A file as the Modeler sends it: its name and bytes. */
  public record DeploymentFile(String name, byte[] content) {

    public static DeploymentFile of(String name, String content) {
      return new DeploymentFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
  }

  public static String encode(String pathSegmentOrQueryValue) {
    return URLEncoder.encode(pathSegmentOrQueryValue, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + root + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (user != null) {
      String basic = Base64.getEncoder()
          .encodeToString((user.id() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    return request;
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(built.method() + " " + built.uri().getPath(), response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A REST answer: the request it answers (for messages), the status and the body. */
  public record Response(String request, int status, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(request + " did not answer JSON: " + body, e);
      }
    }

    /** This answer, after checking its status. */
    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError(request + " answered " + status + " instead of " + expected + ": " + body);
      }
      return this;
    }
  }
}
