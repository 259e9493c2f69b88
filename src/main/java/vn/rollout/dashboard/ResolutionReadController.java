package vn.rollout.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/resolutions}: the resolutions the caller may read, a page at a time;
 * {@code GET /api/resolutions/{id}}: the resolution, its targets, every level's deadlines and its rollouts'
 * counts. Registering and changing them is the {@code resolution} module's ({@code ResolutionController}).
 */
@RestController
@RequestMapping("/api/resolutions")
class ResolutionReadController {

  private final ResolutionViews views;

  ResolutionReadController(ResolutionViews views) {
    this.views = views;
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

}
