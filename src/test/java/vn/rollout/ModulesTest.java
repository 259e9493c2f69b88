package vn.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (each direct sub-package of {@code vn.rollout}, Spring Modulith's
 * convention): no cycles, no reach into another module's internals, every table written by one module
 * only, and the module map in {@code docs/modules/README.md} generated from the code. Run with
 * {@code -Dmodules.update-docs=true} to write the documentation anew after a change of structure.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(RolloutApplication.class);
  static final Path DOCS = Path.of("docs", "modules");

  /** Each module's responsibility in a line, for the module map; a new module must say what it is for. */
  static final Map<String, String> PURPOSE = Map.ofEntries(
      Map.entry("shared", "Shared kernel: engine time, Vietnamese formats, the domain's exceptions (invalid input, not found, conflict)"),
      Map.entry("engine", "Camunda and database set-up: schema migrations, the job executor, the cluster guard, Vietnam's time zone"),
      Map.entry("web", "The HTTP boundary of /api: domain exceptions to 400/403/404/409 naming the field, upload limits"),
      Map.entry("process", "The contract with the models: process keys, element ids, variable names, form rejection, what models may call"),
      Map.entry("calendar", "Working days, public and lunar holidays, announced days off"),
      Map.entry("organisation", "Committees, organs by kind and role, units, officials; the import of the tree; Tasklist's groups and filters"),
      Map.entry("security", "Who may do what: roles over committees, the engine's hardening, REST authentication, limits per caller"),
      Map.entry("notification", "Reminders and escalations by mail, their addressees and their record"),
      Map.entry("document", "The Party's documents: numbering register, letterheads, .docx rendering"),
      Map.entry("attachment", "Files attached to resolutions, programmes, reports and inspections"),
      Map.entry("resolution", "Resolutions, their term, deadlines per level and inspection cycle; registration"),
      Map.entry("rollout", "One committee's rollout of a resolution: start, cascade to subordinates, its phase"),
      Map.entry("study", "Study and dissemination: sessions, attendance, the study report"),
      Map.entry("programme", "The action programme and its items from draft to done: check, approval, issue, item status"),
      Map.entry("execution", "Carrying the items out: progress reports, extensions, overdue timers, the items' API"),
      Map.entry("supervision", "Inspection and supervision: periodic and ad-hoc inspections, shortcomings, quarterly briefings"),
      Map.entry("review", "Mid-term and final reviews: reports, conferences, report state"),
      Map.entry("evaluation", "A committee's evaluation over a term: items on time, outputs delivered, reports on time"),
      Map.entry("dashboard", "Reporting across features: the status board, its workbook and the review report's figures"),
      Map.entry("monitoring", "Health and metrics for operators"));

  private static final Pattern WRITE = Pattern.compile("\\b(?:INSERT INTO|UPDATE|DELETE FROM|MERGE INTO)\\s+([a-z][a-z_]*)\\b");

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void everyModuleSaysWhatItIsFor() {
    assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrderElementsOf(PURPOSE.keySet());
  }

  /** A feature owns its tables: one module writes each; the others ask it (or read it for reporting). */
  @Test
  void everyTableIsWrittenByOneModule() throws IOException {
    Map<String, Set<String>> writers = writers();
    assertThat(writers).containsKeys("programme_item", "rollout", "programme", "resolution");
    assertThat(writers).allSatisfy((table, modules) -> assertThat(modules).as(table).hasSize(1));
  }

  @Test
  void moduleDocumentationIsGeneratedFromTheCode() throws IOException {
    Path generated = Path.of("target", "modules-docs");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    Files.writeString(generated.resolve("README.md"), moduleMap(writers()), StandardCharsets.UTF_8);
    Path map = DOCS.resolve("README.md");
    if (Boolean.getBoolean("modules.update-docs")) {
      Files.createDirectories(DOCS);
      Files.copy(generated.resolve("README.md"), map, StandardCopyOption.REPLACE_EXISTING);
    }
    // only the map is kept in docs/: Spring Modulith's PlantUML and canvases (in target/modules-docs) vary
    // in order and content from run to run, so they would change with every build
    assertThat(Files.readString(map)).as("docs/modules/README.md is out of date: run ./mvnw test "
        + "-Dtest=ModulesTest -Dmodules.update-docs=true").isEqualTo(Files.readString(generated.resolve("README.md")));
  }

  /** The module map: a Mermaid graph (drawn by GitHub and GitLab) and one row per module. */
  static String moduleMap(Map<String, Set<String>> writers) {
    List<ApplicationModule> modules = MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
    StringBuilder md = new StringBuilder("""
        # Module map

        Generated by `ModulesTest` from the code (`./mvnw test -Dtest=ModulesTest -Dmodules.update-docs=true`); do
        not edit. Each module is a direct sub-package of `vn.rollout` (Spring Modulith's convention); an arrow is a
        dependency. `ModulesTest` fails on a cycle, on a reach into another module's sub-packages, and on a table
        written by two modules. The same run writes Spring Modulith's PlantUML diagrams and module canvases to
        `target/modules-docs` (not kept here: their order varies from run to run).

        ```mermaid
        flowchart BT
        """);
    for (ApplicationModule module : modules) {
      module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName).sorted()
          .forEach(target -> md.append("  ").append(module.getName()).append(" --> ").append(target).append('\n'));
    }
    md.append("```\n\n| module | for | owns (writes) | depends on |\n| --- | --- | --- | --- |\n");
    for (ApplicationModule module : modules) {
      String owns = writers.entrySet().stream().filter(e -> e.getValue().contains(module.getName()))
          .map(e -> "`" + e.getKey() + "`").collect(Collectors.joining(", "));
      String uses = module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName).sorted()
          .collect(Collectors.joining(", "));
      md.append("| `").append(module.getName()).append("` | ").append(PURPOSE.get(module.getName())).append(" | ")
          .append(owns).append(" | ").append(uses).append(" |\n");
    }
    return md.toString();
  }

  /** Which modules write each of the product's tables, from the SQL in the sources. */
  static Map<String, Set<String>> writers() throws IOException {
    Path root = Path.of("src", "main", "java", "vn", "rollout");
    Map<String, Set<String>> writers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String module = relative.getName(0).toString();
        Matcher write = WRITE.matcher(Files.readString(file));
        while (write.find()) {
          if (!write.group(1).startsWith("act_")) {
            writers.computeIfAbsent(write.group(1), table -> new TreeSet<>()).add(module);
          }
        }
      }
    }
    return writers;
  }
}
