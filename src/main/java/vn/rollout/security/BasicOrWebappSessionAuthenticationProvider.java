package vn.rollout.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;

/**
 * For the product's {@code /api}: HTTP Basic as everywhere ({@link RememberingBasicAuthenticationProvider}), and also, for reading only, the user
 * signed in to the Camunda webapps in this browser session, so that a Cockpit plugin can call
 * {@code /api} without asking for the password again. The session's authentication is the one Camunda's
 * webapp login put there (user, groups, tenants). Only safe methods (GET, HEAD) are accepted this way:
 * a state-changing call still needs HTTP Basic, so a cross-site request that rides on the session
 * cookie can change nothing (the webapps' own CSRF filter covers {@code /camunda} only).
 */
public class BasicOrWebappSessionAuthenticationProvider extends RememberingBasicAuthenticationProvider {

  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

  public BasicOrWebappSessionAuthenticationProvider(RecentBasicCallers recent) {
    super(recent);
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && SAFE_METHODS.contains(request.getMethod())) {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication signedIn
          && signedIn.getIdentityId() != null) {
        AuthenticationResult result = AuthenticationResult.successful(signedIn.getIdentityId());
        result.setGroups(signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds());
        result.setTenants(signedIn.getTenantIds() == null ? List.of() : signedIn.getTenantIds());
        return result;
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
