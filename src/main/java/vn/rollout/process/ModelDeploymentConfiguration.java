package vn.rollout.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * The starter's auto-deployment (resource patterns in {@code camunda.bpm.deployment-resource-pattern},
 * duplicate filtering with {@code deploy-changed-only}), with one change: each resource is named by
 * its path in the project, {@code processes/…} or {@code forms/…}. The starter names a resource by its
 * absolute file path when run from a directory and by its bare file name inside a jar, so the same
 * unchanged model would look changed, and be deployed again, whenever the application moved from
 * {@code spring-boot:run} to its jar; and Cockpit would show the build machine's paths.
 */
@Configuration(proxyBeanMethods = false)
class ModelDeploymentConfiguration {

  static final String[] MODEL_FOLDERS = {"processes/", "forms/"};

  @Bean
  static CamundaDeploymentConfiguration camundaDeploymentConfiguration() {
    return new DefaultDeploymentConfiguration() {
      @Override
      public Set<Resource> getDeploymentResources() {
        return super.getDeploymentResources().stream()
            .map(resource -> new ProjectResource(projectPath(resource)))
            .collect(Collectors.toSet());
      }
    };
  }

  static String projectPath(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot locate deployment resource " + resource, e);
    }
    int start = -1;
    for (String folder : MODEL_FOLDERS) {
      start = Math.max(start, url.lastIndexOf("/" + folder));
    }
    if (start < 0) {
      throw new IllegalStateException("deployment resource outside processes/ and forms/: " + url);
    }
    return url.substring(start + 1);
  }

  /** A class-path resource whose deployment name is its path within the class path. */
  static final class ProjectResource extends ClassPathResource implements ContextResource {

    ProjectResource(String path) {
      super(path);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }
}
