package vn.rollout.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The heading whose first value keeps no history ({@link CopiedValuesHistory#SHOWN}) is only shown: no form in
 * {@code forms/} may take one of its names as a field an official fills in, or what they type would be the first
 * value of a task-local variable on a task that opens without the heading, and keep no history.
 */
class ShownValuesTest {

  @Test
  void shouldLetNoFormFillInAValueWhoseFirstValueKeepsNoHistory() throws IOException {
    List<String> keys = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(ProcessModelTest.FORMS)) {
      for (Path form : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        collectKeys(json.readTree(form.toFile()), form.getFileName() + ": ", keys);
      }
    }
    assertThat(keys).as("the forms' fields").isNotEmpty()
        .noneMatch(key -> CopiedValuesHistory.SHOWN.contains(key.substring(key.indexOf(": ") + 2)));
  }

  private static void collectKeys(JsonNode node, String form, List<String> keys) {
    if (node.isObject() && node.hasNonNull("key") && node.has("type")) {
      keys.add(form + node.get("key").asText());
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collectKeys(child, form, keys));
    }
  }
}
