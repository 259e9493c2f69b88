package vn.rollout.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale of the four Camunda webapps against the English one inside the Camunda webjar
 * on the classpath (the version of the pom): a Camunda upgrade that adds, removes or changes keys
 * fails here until vi.json follows. And each app's config.js makes Vietnamese the default.
 */
class WebappLocalizationTest {

  static final String WEBAPPS = "META-INF/resources/webjars/camunda/";
  static final String PRODUCT_NAME = "Triển khai Nghị quyết";

  /** {{ name }}, {{name}}, {} (Cockpit's counters) and %s / %d (moment's relative times). */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|\\{}|%[sd]");
  /** Real HTML only: "<null>" or "<Operation>" are words shown to the user and are translated. */
  static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|b|br|code|div|em|i|li|p|span|strong|u|ul)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
  static final Pattern HTML_ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");
  /** What may stay as it is in English: names of products and formats, symbols, a date pattern. */
  static final Pattern UNTRANSLATED_ALLOWED =
      Pattern.compile("Camunda|Optimize|BPMN|DMN|CMMN|CSV|JSON|null|YYYY-MM-DDTHH:mm:ss");

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final JsonMapper RELAXED_JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldHaveEveryKeyOfTheEnglishLocaleOfCamundasWebjar(String app) throws IOException {
    Map<String, JsonNode> english = leaves(camundaEnglish(app));
    Map<String, JsonNode> vietnamese = leaves(vietnamese(app));

    assertThat(difference(english.keySet(), vietnamese.keySet())).as("keys of en.json missing in vi.json").isEmpty();
    assertThat(difference(vietnamese.keySet(), english.keySet())).as("keys of vi.json not in en.json").isEmpty();
    english.forEach((key, value) ->
        assertThat(vietnamese.get(key).getNodeType()).as("type of %s", key).isEqualTo(value.getNodeType()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldKeepThePlaceholdersAndHtmlOfEveryEnglishString(String app) throws IOException {
    Map<String, JsonNode> english = leaves(camundaEnglish(app));
    Map<String, JsonNode> vietnamese = leaves(vietnamese(app));

    List<String> broken = new ArrayList<>();
    english.forEach((key, value) -> {
      JsonNode translation = vietnamese.get(key);
      if (!value.isTextual() || translation == null) {
        return;
      }
      String en = value.textValue();
      String vi = translation.textValue();
      if (!all(PLACEHOLDER, en, true).equals(all(PLACEHOLDER, vi, true))) {
        broken.add(key + ": placeholders " + all(PLACEHOLDER, en, true) + " became " + all(PLACEHOLDER, vi, true));
      }
      if (!all(HTML_TAG, en, false).equals(all(HTML_TAG, vi, false))) {
        broken.add(key + ": HTML " + all(HTML_TAG, en, false) + " became " + all(HTML_TAG, vi, false));
      }
      if (!all(HTML_ENTITY, en, false).equals(all(HTML_ENTITY, vi, false))) {
        broken.add(key + ": entities " + all(HTML_ENTITY, en, false) + " became " + all(HTML_ENTITY, vi, false));
      }
    });
    assertThat(broken).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldBeVietnameseInUnicodeNfc(String app) throws IOException {
    Map<String, JsonNode> english = leaves(camundaEnglish(app));
    Map<String, JsonNode> vietnamese = leaves(vietnamese(app));

    List<String> notNfc = new ArrayList<>();
    List<String> leftInEnglish = new ArrayList<>();
    vietnamese.forEach((key, value) -> {
      if (!value.isTextual()) {
        return;
      }
      String vi = value.textValue();
      if (!Normalizer.isNormalized(vi, Normalizer.Form.NFC)) {
        notNfc.add(key);
      }
      JsonNode en = english.get(key);
      if (key.startsWith("/labels/") && en != null && vi.equals(en.textValue()) && UNTRANSLATED_ALLOWED.matcher(vi).replaceAll("").matches(".*\\p{L}.*")) {
        leftInEnglish.add(key + ": " + vi);
      }
    });
    assertThat(notNfc).as("strings not in NFC").isEmpty();
    assertThat(leftInEnglish).as("strings left in English").isEmpty();
  }

  @Test
  void shouldReadTheEnglishLocalesFromCamundasWebjar() {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      URL english = resource(WEBAPPS + "app/" + app + "/locales/en.json");
      assertThat(english.toString()).contains("camunda-webapp-webjar-");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldMakeVietnameseTheDefaultAndEnglishSelectable(String app) throws IOException {
    JsonNode config = config(app);

    JsonNode locales = config.path("locales");
    assertThat(texts(locales.path("availableLocales"))).containsExactly("vi", "en");
    assertThat(locales.path("fallbackLocale").asText()).isEqualTo("vi");
    // the webapps prefer the browser's language; this module prefers Vietnamese whatever the browser says
    JsonNode requireJs = config.path("requireJsConfig");
    assertThat(texts(requireJs.path("ngDeps"))).contains("rollout.vietnamese");
    assertThat(texts(requireJs.path("deps"))).contains("rollout-vietnamese");
    String script = text(WEBAPPS + "app/" + app + "/" + requireJs.path("paths").path("rollout-vietnamese").asText() + ".js");
    assertThat(script)
        .contains("angular.module('rollout.vietnamese'")
        .contains("DEFAULT_LANGUAGE = 'vi'")
        .contains("preferredLanguage(language)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldNameTheProductAndShowVietnameseDates(String app) throws IOException {
    JsonNode config = config(app);

    assertThat(config.path("app").path("name").asText()).isEqualTo(PRODUCT_NAME);
    assertThat(config.path("app").path("vendor").asText()).isNotBlank();
    JsonNode dateFormat = config.path("dateFormat");
    assertThat(dateFormat.path("short").asText()).isEqualTo("DD/MM/YYYY");
    for (String withTime : List.of("abbr", "normal", "long")) {
      assertThat(dateFormat.path(withTime).asText()).as(withTime).contains("DD/MM/YYYY HH:mm");
    }
    assertThat(dateFormat.path("monthName").asText()).isEqualTo("MMMM");
    assertThat(dateFormat.path("day").asText()).isEqualTo("DD");
    assertThat(config.path("disableWelcomeMessage").asBoolean()).isTrue();
  }

  private static JsonNode camundaEnglish(String app) throws IOException {
    String json = text(WEBAPPS + "app/" + app + "/locales/en.json");
    return JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
  }

  private static JsonNode vietnamese(String app) throws IOException {
    return JSON.readTree(text(WEBAPPS + "app/" + app + "/locales/vi.json"));
  }

  /** Our config.js, which replaces the webjar's: a module exporting one object literal. */
  private static JsonNode config(String app) throws IOException {
    String path = WEBAPPS + "app/" + app + "/scripts/config.js";
    List<URL> candidates = Collections.list(WebappLocalizationTest.class.getClassLoader().getResources(path));
    assertThat(candidates).as(path).hasSizeGreaterThan(1);
    assertThat(candidates.get(0).toString()).as("the first " + path + " on the classpath").doesNotContain(".jar!");

    String module = text(path);
    int start = module.indexOf("export default");
    assertThat(start).as("export default in " + path).isNotNegative();
    String literal = module.substring(start + "export default".length()).trim();
    return RELAXED_JSON.readTree(literal.endsWith(";") ? literal.substring(0, literal.length() - 1) : literal);
  }

  private static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", node, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path + "/" + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static List<String> all(Pattern pattern, String text, boolean normalizeSpaces) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(normalizeSpaces ? matcher.group().replaceAll("\\s+", "") : matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  private static Set<String> difference(Set<String> left, Set<String> right) {
    Set<String> difference = new TreeSet<>(left);
    difference.removeAll(right);
    return difference;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static URL resource(String path) {
    String normalized = URI.create(path).normalize().toString();
    URL url = WebappLocalizationTest.class.getClassLoader().getResource(normalized);
    assertThat(url).as("classpath resource " + normalized).isNotNull();
    return url;
  }

  private static String text(String path) throws IOException {
    try (InputStream in = resource(path).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
