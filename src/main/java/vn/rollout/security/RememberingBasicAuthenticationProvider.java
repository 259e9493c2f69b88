package vn.rollout.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's HTTP Basic, with the callers it accepted remembered for a while ({@link RecentBasicCallers}):
 * the password is checked by the engine's identity service (its login delay and lock-out apply), and the
 * groups and tenants are those Camunda's filter would read, both only when this user and password were not
 * accepted in the last minute. The credentials are read as UTF-8 (RFC 7617), so that a password with
 * Vietnamese letters means the same on every server whatever its default charset.
 */
public class RememberingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  private static final String BASIC = "Basic ";

  private final RecentBasicCallers recent;

  public RememberingBasicAuthenticationProvider(RecentBasicCallers recent) {
    this.recent = recent;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith(BASIC)) {
      return AuthenticationResult.unsuccessful();
    }
    String credentials;
    try {
      credentials = new String(Base64.getMimeDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return AuthenticationResult.unsuccessful();
    }
    int colon = credentials.indexOf(':');
    if (colon < 0) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = credentials.substring(0, colon);
    String password = credentials.substring(colon + 1);

    RecentBasicCallers.Caller caller = recent.find(userId, password);
    if (caller == null) {
      IdentityService identity = engine.getIdentityService();
      if (!identity.checkPassword(userId, password)) {
        return AuthenticationResult.unsuccessful(userId);
      }
      caller = new RecentBasicCallers.Caller(
          identity.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList(),
          identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).unlimitedList().stream()
              .map(Tenant::getId).toList());
      recent.remember(userId, password, caller);
    }
    AuthenticationResult result = AuthenticationResult.successful(userId);
    result.setGroups(caller.groups());
    result.setTenants(caller.tenants());
    return result;
  }

}
