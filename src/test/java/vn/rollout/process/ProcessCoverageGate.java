package vn.rollout.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The build's process-coverage gate, run by Maven after both integration-test runs: for every model in
 * {@code processes/}, the share of its flow nodes and the share of its sequence flows that the tests
 * passed (camunda-process-test-coverage's reports of all test classes together) must each reach the
 * threshold, on every database.
 *
 * <p>Arguments: threshold (0.9), the processes folder, then one report folder per database.
 */
public final class ProcessCoverageGate {

  private ProcessCoverageGate() {}

  public static void main(String[] args) throws IOException {
    double threshold = Double.parseDouble(args[0]);
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of(args[1]))) {
      models = files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      Path reports = Path.of(args[i]);
      Map<String, Set<String>> covered = covered(reports);
      for (Path file : models) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          if (!process.isExecutable()) {
            continue;
          }
          Set<String> nodes = ids(model, FlowNode.class, process);
          Set<String> flows = ids(model, SequenceFlow.class, process);
          Set<String> passed = covered.getOrDefault(process.getId(), Set.of());
          double nodeShare = share(nodes, passed);
          double flowShare = share(flows, passed);
          String line = String.format("%-10s %-28s flow nodes %5.1f%% (%d), sequence flows %5.1f%% (%d)",
              reports.getFileName(), process.getId(), 100 * nodeShare, nodes.size(), 100 * flowShare, flows.size());
          System.out.println("[process coverage] " + line);
          if (nodeShare < threshold || flowShare < threshold) {
            Set<String> missed = new HashSet<>(nodes);
            missed.addAll(flows);
            missed.removeAll(passed);
            failures.add(line + " below " + (int) Math.round(100 * threshold) + "%, not passed: " + missed);
          }
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("process coverage below the threshold:\n" + String.join("\n", failures));
    }
  }

  /** The flow nodes and sequence flows passed, per process key, over every test class's report. */
  private static Map<String, Set<String>> covered(Path reports) throws IOException {
    if (!Files.isDirectory(reports)) {
      throw new IllegalStateException("no process coverage recorded in " + reports);
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> covered = new HashMap<>();
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path report : files.filter(path -> path.getFileName().toString().equals("report.json")).toList()) {
        for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                  .add(event.path("definitionKey").asText());
            }
          }
        }
      }
    }
    return covered;
  }

  private static Set<String> ids(BpmnModelInstance model, Class<? extends ModelElementInstance> type, Process process) {
    Set<String> ids = new HashSet<>();
    for (ModelElementInstance element : model.getModelElementsByType(type)) {
      if (inside(element, process)) {
        ids.add(element.getAttributeValue("id"));
      }
    }
    return ids;
  }

  private static boolean inside(ModelElementInstance element, Process process) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent.equals(process)) {
        return true;
      }
    }
    return false;
  }

  private static double share(Set<String> all, Set<String> passed) {
    if (all.isEmpty()) {
      return 1.0;
    }
    return all.stream().filter(passed::contains).count() / (double) all.size();
  }
}
