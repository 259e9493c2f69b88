package vn.rollout.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the system: without the caller's authentication, so the engine checks no
 * authorization, then puts the caller's authentication back. For the product's own writes whose caller
 * a business rule has already checked (starting a rollout, granting its visibility, importing the
 * organisation, saving the product's filters).
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identityService, Supplier<T> action) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
