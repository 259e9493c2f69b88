package vn.rollout.organisation;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.rollout.shared.InvalidInputException;

/** {@code POST /api/organisation/import}: the four CSV files as multipart parts, each optional, for administrators only. */
@RestController
@RequestMapping("/api/organisation")
class OrganisationImportController {

  private final OrganisationImport organisationImport;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engine;

  OrganisationImportController(OrganisationImport organisationImport, IdentityService identityService,
      ProcessEngineConfigurationImpl engine) {
    this.organisationImport = organisationImport;
    this.identityService = identityService;
    this.engine = engine;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportSummary importFiles(
      @RequestPart(name = "organKinds", required = false) MultipartFile organKinds,
      @RequestPart(name = "committees", required = false) MultipartFile committees,
      @RequestPart(name = "units", required = false) MultipartFile units,
      @RequestPart(name = "officials", required = false) MultipartFile officials) throws IOException {
    requireAdministrator();
    OrganisationFiles files = new OrganisationFiles(bytes(organKinds), bytes(committees), bytes(units), bytes(officials));
    if (files.isEmpty()) {
      throw new InvalidInputException("committees", "send at least one of the parts organKinds, committees, units, officials");
    }
    return organisationImport.importFiles(files);
  }

  /** The engine's administrators: Camunda's admin users and the members of its admin groups ({@code camunda-admin}). */
  private void requireAdministrator() {
    Authentication caller = identityService.getCurrentAuthentication();
    String userId = caller == null ? null : caller.getUserId();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    boolean administrator = userId != null
        && (engine.getAdminUsers().contains(userId) || !Collections.disjoint(groups, engine.getAdminGroups()));
    if (!administrator) {
      throw new AuthorizationException("only an administrator may import the organisation; " + userId + " is none");
    }
  }

  private static byte[] bytes(MultipartFile file) throws IOException {
    return file == null ? null : file.getBytes();
  }
}
