package vn.rollout.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.shared.InvalidInputException;

/**
 * At every start-up: gives officials Tasklist and its shared filters, then, where
 * {@code rollout.organisation.import-location} names a folder (the demo profile does), imports the
 * organisation from its CSV files. The import changes nothing when the files have not changed; a file
 * with problems stops the start-up with every problem listed.
 */
@Component
class OrganisationStartUp implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganisationStartUp.class);

  private final OrganisationProperties properties;
  private final TasklistAccess tasklistAccess;
  private final OrganisationImport organisationImport;
  private final IdentityService identityService;
  private final ResourceLoader resources;
  private final TransactionTemplate transaction;

  OrganisationStartUp(OrganisationProperties properties, TasklistAccess tasklistAccess, OrganisationImport organisationImport,
      IdentityService identityService, ResourceLoader resources, TransactionTemplate transaction) {
    this.properties = properties;
    this.tasklistAccess = tasklistAccess;
    this.organisationImport = organisationImport;
    this.identityService = identityService;
    this.resources = resources;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.setsInitialPassword()
        && !identityService.checkPasswordAgainstPolicy(properties.initialPassword()).isValid()) {
      throw new IllegalStateException("rollout.organisation.initial-password does not pass Camunda's password policy");
    }
    transaction.executeWithoutResult(status -> tasklistAccess.ensure());
    if (properties.importsAtStartUp()) {
      String location = properties.importLocation().endsWith("/") ? properties.importLocation() : properties.importLocation() + "/";
      OrganisationFiles files = new OrganisationFiles(read(location + OrganisationFiles.ORGAN_KINDS),
          read(location + OrganisationFiles.COMMITTEES), read(location + OrganisationFiles.UNITS), read(location + OrganisationFiles.OFFICIALS));
      if (files.isEmpty()) {
        throw new IllegalStateException("no organisation files under " + location);
      }
      try {
        log.info("Importing the organisation from {}", location);
        organisationImport.importFiles(files);
      } catch (InvalidInputException e) {
        throw new IllegalStateException("the organisation files under " + location + " have problems:\n"
            + e.problems().stream()
                .map(p -> p.file() + (p.line() == null ? "" : ":" + p.line()) + (p.field() == null ? "" : " " + p.field()) + ": " + p.reason())
                .collect(Collectors.joining("\n")), e);
      }
    }
  }

  private byte[] read(String location) {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      return null;
    }
    try {
      return resource.getContentAsByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }
}
