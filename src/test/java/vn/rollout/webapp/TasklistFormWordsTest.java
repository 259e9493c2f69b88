package vn.rollout.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * lib/rollout/tasklist.js replaces form-js's English words in Tasklist's forms and numbers the rows of
 * dynamic lists by their label. Its words must be the ones the form-js inside Camunda's webjar writes
 * (an upgrade that changes them fails here), and its list labels those of the forms, numbered with the
 * word the server's messages use for their rows.
 */
class TasklistFormWordsTest {

  static final String TASKLIST_JS = "META-INF/resources/webjars/camunda/lib/rollout/tasklist.js";
  /** The libraries of Camunda's webapps, form-js among them. */
  static final String WEBJAR_DEPS = "META-INF/resources/webjars/camunda/lib/deps.js";

  static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)': '([^']+)',?$", Pattern.MULTILINE);
  static final Pattern REGEX_ENTRY = Pattern.compile("^\\s*\\[/\\^([^/]+)/, '([^']+)'],?$", Pattern.MULTILINE);

  @Test
  void shouldReplaceWordsFormJsWrites() throws IOException {
    String script = block(read(TASKLIST_JS), "FORM_WORDS");
    String formJs = read(WEBJAR_DEPS);

    Map<String, String> words = entries(ENTRY, script);
    assertThat(words).containsKeys("Select", "Add new", "Search");
    List<String> missing = new ArrayList<>();
    words.keySet().stream().filter(english -> !formJs.contains('"' + english + '"')).forEach(missing::add);
    assertThat(missing).as("words of FORM_WORDS form-js does not write").isEmpty();
  }

  @Test
  void shouldReplaceSentencesFormJsWrites() throws IOException {
    String script = block(read(TASKLIST_JS), "FORM_PATTERNS");
    String formJs = read(WEBJAR_DEPS);

    Map<String, String> patterns = entries(REGEX_ENTRY, script);
    assertThat(patterns).hasSizeGreaterThan(5);
    List<String> missing = new ArrayList<>();
    patterns.keySet().forEach(pattern -> {
      // the sentence's first three words, as form-js writes them before any value
      String[] words = pattern.split("[\\\\(]", 2)[0].trim().split(" ");
      String start = String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
      if (!formJs.contains(start)) {
        missing.add(pattern);
      }
    });
    assertThat(missing).as("sentences of FORM_PATTERNS form-js does not write").isEmpty();
  }

  @Test
  void shouldNumberTheRowsOfTheFormsListsWithTheServersWords() throws IOException {
    Map<String, String> rows = entries(ENTRY, block(read(TASKLIST_JS), "ROW_NAMES"));
    assertThat(rows).isNotEmpty();
    List<String> listLabels = dynamicListLabels(Path.of("forms"));
    String server = javaSources(Path.of("src/main/java"));

    rows.forEach((label, word) -> {
      assertThat(listLabels).as("a dynamic list labelled %s", label).contains(label);
      assertThat(server).as("server messages naming rows \"%s N\"", word).contains('"' + word + " \" + (");
    });
  }

  private static Map<String, String> entries(Pattern entry, String block) {
    Map<String, String> entries = new LinkedHashMap<>();
    Matcher matcher = entry.matcher(block);
    while (matcher.find()) {
      entries.put(matcher.group(1), matcher.group(2));
    }
    return entries;
  }

  /** The text of {@code var NAME = {…};} or {@code var NAME = […];} in the script. */
  private static String block(String script, String name) {
    Matcher matcher = Pattern.compile("var " + name + " = [\\[{](.*?)\\n  [}\\]];", Pattern.DOTALL).matcher(script);
    assertThat(matcher.find()).as(name + " in tasklist.js").isTrue();
    return matcher.group(1);
  }

  private static List<String> dynamicListLabels(Path forms) throws IOException {
    List<String> labels = new ArrayList<>();
    JsonMapper json = JsonMapper.builder().build();
    try (Stream<Path> files = Files.list(forms)) {
      for (Path form : files.filter(file -> file.toString().endsWith(".form")).toList()) {
        collect(json.readTree(form.toFile()), labels);
      }
    }
    return labels;
  }

  private static void collect(JsonNode component, List<String> labels) {
    if ("dynamiclist".equals(component.path("type").asText())) {
      labels.add(component.path("label").asText());
    }
    for (JsonNode child : component.path("components")) {
      collect(child, labels);
    }
  }

  private static String javaSources(Path root) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
        try {
          all.append(Files.readString(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return all.toString();
  }

  private static String read(String path) throws IOException {
    try (InputStream in = TasklistFormWordsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
