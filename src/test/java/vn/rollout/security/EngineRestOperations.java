package vn.rollout.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of Camunda's engine REST API, read from its own OpenAPI document
 * ({@code openapi.json} in {@code org.camunda.bpm:camunda-engine-rest-openapi} of the engine's version):
 * the leak matrix calls them all, so that an operation nobody thought of is called too.
 */
final class EngineRestOperations {

  static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

  /** One operation: its method, its path template, an example of its JSON body, whether it is multipart, whether it answers a list. */
  record Operation(String method, String path, JsonNode exampleBody, boolean multipart, boolean list) {

    String key() {
      return method + " " + path;
    }

    boolean reads() {
      return "GET".equals(method);
    }
  }

  private EngineRestOperations() {}

  static List<Operation> all() {
    JsonNode document;
    try (InputStream in = EngineRestOperations.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json of camunda-engine-rest-openapi is not on the test class path");
      }
      document = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        JsonNode operation = method.getValue();
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode example = null;
        JsonNode examples = content.path("application/json").path("examples");
        if (examples.isObject() && examples.size() > 0) {
          example = examples.elements().next().path("value");
        } else if (content.path("application/json").has("example")) {
          example = content.path("application/json").get("example");
        }
        boolean list = "array".equals(operation.path("responses").path("200").path("content").path("application/json")
            .path("schema").path("type").asText());
        operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), example,
            content.has("multipart/form-data"), list));
      }
    }
    return operations;
  }
}
