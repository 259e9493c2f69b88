package vn.rollout.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.support.IntegrationTest;

/** processes/ and forms/ reach the engine as one deployment, named as in the project, deployed once. */
class ModelDeploymentIT extends IntegrationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void shouldDeployEveryModelAndFormTogetherUnderItsProjectPath() throws IOException {
    List<Deployment> deployments = repositoryService.createDeploymentQuery().deploymentName("resolution-rollout").list();
    assertThat(deployments).hasSize(1);

    Set<String> deployed = repositoryService.getDeploymentResources(deployments.get(0).getId()).stream()
        .map(Resource::getName)
        .collect(Collectors.toSet());

    assertThat(deployed).containsExactlyInAnyOrderElementsOf(projectFiles());
    assertThat(deployed).anyMatch(name -> name.endsWith(".form"));
  }

  @Test
  void shouldResolveEveryFormReferenceOfEveryProcessWithinItsDeployment() throws IOException {
    var definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).isNotEmpty();
    int references = 0;
    for (var definition : definitions) {
      var model = repositoryService.getBpmnModelInstance(definition.getId());
      for (var task : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        if (formRef == null) {
          continue;
        }
        references++;
        assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
        assertThat(formIdsIn(definition.getDeploymentId())).as(task.getId()).contains(formRef);
      }
    }
    assertThat(references).isPositive();
  }

  @Test
  void shouldNotDeployUnchangedModelsAgain() {
    long before = repositoryService.createDeploymentQuery().count();

    redeployAsAtStartUp();

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  private void redeployAsAtStartUp() {
    var spring = (SpringProcessEngineConfiguration) configuration;
    assertThat(spring.isDeployChangedOnly()).isTrue();
    var builder = repositoryService.createDeployment()
        .name(spring.getDeploymentName())
        .enableDuplicateFiltering(spring.isDeployChangedOnly());
    for (var resource : spring.getDeploymentResources()) {
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(((org.springframework.core.io.ContextResource) resource).getPathWithinContext(), in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    builder.deploy();
  }

  private Set<String> formIdsIn(String deploymentId) {
    return repositoryService.getDeploymentResources(deploymentId).stream()
        .filter(resource -> resource.getName().endsWith(".form"))
        .map(resource -> formId(new String(resource.getBytes(), StandardCharsets.UTF_8)))
        .collect(Collectors.toSet());
  }

  private static String formId(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> projectFiles() throws IOException {
    try (Stream<Path> processes = Files.walk(Path.of("processes")); Stream<Path> forms = Files.walk(Path.of("forms"))) {
      return Stream.concat(processes, forms)
          .filter(Files::isRegularFile)
          .map(path -> path.toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
          .collect(Collectors.toSet());
    }
  }
}
