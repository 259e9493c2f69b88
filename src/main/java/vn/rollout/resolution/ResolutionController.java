package vn.rollout.resolution;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/resolutions}: register a resolution and start its rollout in the issuing committee;
 * {@code GET /api/resolutions}: the resolutions the caller may read, a page at a time;
 * {@code GET /api/resolutions/{id}}: the resolution, its targets, every level's deadlines and its rollouts' counts;
 * {@code PUT|PATCH /api/resolutions/{id}/inspection-cycle}: change the rhythm of its periodic inspections.
 */
@RestController
@RequestMapping("/api/resolutions")
class ResolutionController {

  private final ResolutionRegistration registration;
  private final ResolutionViews views;
  private final IdentityService identityService;

  ResolutionController(ResolutionRegistration registration, ResolutionViews views, IdentityService identityService) {
    this.registration = registration;
    this.views = views;
    this.identityService = identityService;
  }

  /**
   * The resolutions the caller may read (those {@code GET /api/resolutions/{id}} answers them), newest term
   * first; filters: {@code committee} (issuing committee's code), {@code term} ({@code 2025-2030}),
   * {@code status} (the issuing committee's rollout phase); {@code page} from 0, {@code size} 1 to 100.
   */
  @GetMapping
  ResolutionPage list(@RequestParam(required = false) String committee, @RequestParam(required = false) String term,
      @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return views.list(committee, term, status, page, size);
  }

  @GetMapping("/{id}")
  ResolutionView view(@PathVariable long id) {
    return views.view(id);
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
