package vn.rollout.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The login page's wait after a wrong password (lib/rollout/login.js) is the engine's: the numbers it
 * counts with are those of application.yaml, so that changing one without the other fails here.
 */
class WebappLoginWaitTest {

  static final Pattern LOGIN_DELAY = Pattern.compile(
      "var LOGIN_DELAY = \\{ base: (\\d+), factor: (\\d+), max: (\\d+), attempts: (\\d+) };");

  @Test
  void shouldCountWithTheEnginesLoginDelays() throws IOException {
    Matcher script = LOGIN_DELAY.matcher(read("META-INF/resources/webjars/camunda/lib/rollout/login.js"));
    assertThat(script.find()).as("LOGIN_DELAY in login.js").isTrue();

    Map<String, Object> properties = engineProperties();
    assertThat(Integer.parseInt(script.group(1))).isEqualTo(properties.get("login-delay-base"));
    assertThat(Integer.parseInt(script.group(2))).isEqualTo(properties.get("login-delay-factor"));
    assertThat(Integer.parseInt(script.group(3))).isEqualTo(properties.get("login-delay-max-time"));
    assertThat(Integer.parseInt(script.group(4))).isEqualTo(properties.get("login-max-attempts"));
  }

  @Test
  void shouldBeLoadedByTheLoginPagesOfficialsUse() throws IOException {
    for (String app : new String[] {"welcome", "tasklist"}) {
      String config = read("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
      assertThat(config).as(app).contains("'rollout.login'").contains("'rollout-login': '../../lib/rollout/login'");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> engineProperties() throws IOException {
    try (InputStream in = resource("application.yaml")) {
      Map<String, Object> yaml = new Yaml().load(in);
      Map<String, Object> camunda = (Map<String, Object>) ((Map<String, Object>) yaml.get("camunda")).get("bpm");
      Map<String, Object> generic = (Map<String, Object>) camunda.get("generic-properties");
      return (Map<String, Object>) generic.get("properties");
    }
  }

  private static String read(String path) throws IOException {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = WebappLoginWaitTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }
}
