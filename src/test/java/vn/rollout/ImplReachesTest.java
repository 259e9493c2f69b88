package vn.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class that reaches into the engine's internals ({@code org.camunda.bpm.engine.impl}) is named in
 * the README's list, with the reason, so that an engine upgrade knows where to look; and the list names
 * no class that no longer does.
 */
class ImplReachesTest {

  @Test
  void theReadmeListsEveryReachIntoTheEnginesInternals() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("- **Engine internals**");
    assertThat(start).as("README section \"Engine internals\"").isNotNegative();
    int end = readme.indexOf("\n## ", start);
    String section = readme.substring(start, end);

    Set<String> reaching = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (Files.readString(file).contains("org.camunda.bpm.engine.impl.")) {
          reaching.add(file.getFileName().toString().replace(".java", ""));
        }
      }
    }
    assertThat(reaching).isNotEmpty();
    assertThat(reaching).allSatisfy(name -> assertThat(section).as("README, Engine internals, names " + name)
        .containsPattern("`(\\w+\\.)?" + name + "`"));

    Set<String> listed = new TreeSet<>();
    var names = java.util.regex.Pattern.compile("^  \\| ([^|]+) \\|", java.util.regex.Pattern.MULTILINE).matcher(section);
    while (names.find()) {
      var name = java.util.regex.Pattern.compile("`(?:\\w+\\.)?([A-Z]\\w+)`").matcher(names.group(1));
      while (name.find()) {
        listed.add(name.group(1));
      }
    }
    assertThat(listed).as("classes listed in the README that no longer reach into the engine").isSubsetOf(reaching);
  }
}
