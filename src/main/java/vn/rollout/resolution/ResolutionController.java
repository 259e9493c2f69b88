package vn.rollout.resolution;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/resolutions}: register a resolution and start its rollout in the issuing committee;
 * {@code PUT|PATCH /api/resolutions/{id}/inspection-cycle}: change the rhythm of its periodic inspections.
 * Reading them is the reporting module's ({@code dashboard.ResolutionReadController}).
 */
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

  /** The body {@code {"inspectionCycle": "R/P3M"}}; answers the cycle as stored. */
  record InspectionCycle(String inspectionCycle) {}

  @RequestMapping(path = "/{id}/inspection-cycle", method = {RequestMethod.PUT, RequestMethod.PATCH})
  InspectionCycle changeInspectionCycle(@PathVariable long id, @RequestBody InspectionCycle request) {
    return new InspectionCycle(registration.changeInspectionCycle(id, request.inspectionCycle(),
        identityService.getCurrentAuthentication()));
  }
}
