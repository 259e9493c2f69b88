package vn.rollout.security;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Service;

/**
 * Saves the product's own Tasklist filters ("Việc của tôi": {@code ${currentUser()}}, "Việc của đơn vị":
 * {@code ${currentUserGroups()}}…), the only filters that may carry expressions. It saves as the
 * system, whoever's request (an administrator's import, say) is running; a signed-in user's own
 * {@code saveFilter} with an expression is refused ({@link ExpressionFreeFilters}). Share the filters
 * through authorizations (READ on the FILTER resource), not by copying them per user.
 */
@Service
public class ProductFilters {

  private final FilterService filterService;
  private final IdentityService identityService;

  ProductFilters(FilterService filterService, IdentityService identityService) {
    this.filterService = filterService;
    this.identityService = identityService;
  }

  public Filter save(Filter filter) {
    return AsSystem.call(identityService, () -> filterService.saveFilter(filter));
  }
}
