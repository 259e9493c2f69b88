package vn.rollout.resolution;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/resolutions}: register a resolution and start its rollout in the issuing committee. */
@RestController
@RequestMapping("/api/resolutions")
class ResolutionController {

  private final ResolutionRegistration registration;
  private final IdentityService identityService;

  ResolutionController(ResolutionRegistration registration, IdentityService identityService) {
    this.registration = registration;
    this.identityService = identityService;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RegisteredResolution register(@RequestBody RegisterResolution request) {
    return registration.register(request, identityService.getCurrentAuthentication());
  }
}
