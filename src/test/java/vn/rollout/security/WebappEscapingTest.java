package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task names and variables reach Tasklist and Cockpit as JSON and are rendered by AngularJS; what
 * keeps {@code <script>} in a task name text is that the templates interpolate ({@code {{ task.name }}},
 * escaped) and bind HTML only where Camunda trusts its own strings. This pins both down for the webjar
 * of the pom's Camunda version and for the product's own scripts, so that an upgrade or a script of
 * ours that binds data as HTML fails the build. The browser-level check is the e2e suite's (see
 * SECURITY.md).
 */
class WebappEscapingTest {

  static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  static final Pattern BIND_HTML = Pattern.compile("ng-bind-html=\\\\?\"([^\"\\\\]*(?:\\\\'[^\"\\\\]*)*)\\\\?\"");
  /** Camunda's own uses: its logo, its banner and first-login texts, notifications, and the HTML preview we turn off. */
  static final Set<String> TRUSTED_BINDINGS = Set.of("FirstLoginMessage", "logo",
      "trustAsHtml(\\'BANNER_CE_EOL_TEXT\\' | translate)", "trustHTML(notification.message)",
      "trustHTML(notification.status)", "trustedHtml");

  static String bundle(String app) throws IOException {
    try (InputStream in = WebappEscapingTest.class.getClassLoader()
        .getResourceAsStream(WEBJAR + app + "/camunda-" + app + "-bootstrap.js")) {
      assertThat(in).as(app).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void shouldBindHtmlOnlyWhereCamundaTrustsItsOwnStrings(String app) throws IOException {
    Set<String> bindings = new TreeSet<>();
    Matcher matcher = BIND_HTML.matcher(bundle(app));
    while (matcher.find()) {
      bindings.add(matcher.group(1));
    }

    assertThat(bindings).isSubsetOf(TRUSTED_BINDINGS);
  }

  @Test
  void shouldInterpolateTaskNamesInTasklist() throws IOException {
    String tasklist = bundle("tasklist");

    assertThat(tasklist).contains("{{ task.name || task.taskDefinitionKey || task.id }}");
  }

  @Test
  void shouldNotRenderDeployedHtmlInCockpit() throws IOException {
    assertThat(Files.readString(Path.of("src/main/resources/" + WEBJAR + "cockpit/scripts/config.js")))
        .contains("previewHtml: false");
  }

  @Test
  void shouldUseNoHtmlSinkInTheProductsOwnScripts() throws IOException {
    List<String> sinks = List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "ng-bind-html",
        "trustAsHtml", ".html(", "eval(", "new Function");
    try (Stream<Path> scripts = Files.walk(Path.of("src/main/resources/META-INF/resources/webjars/camunda"))) {
      List<Path> files = scripts.filter(path -> path.toString().endsWith(".js")).toList();
      assertThat(files).isNotEmpty();
      for (Path file : files) {
        String script = Files.readString(file);
        assertThat(sinks).as(file.toString()).noneMatch(script::contains);
      }
    }
  }
}
