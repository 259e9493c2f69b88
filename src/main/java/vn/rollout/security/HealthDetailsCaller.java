package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} stays open for the orchestrator and the proxy, with the status only; its
 * details (database, disk, the job executor's lock owner) are for signed-in administrators and the
 * {@value SecurityGroups#MONITORING} group (Spring Boot's {@code show-details: when-authorized} with
 * those roles). This filter tells Spring Boot who is asking: HTTP Basic against Camunda's identity
 * service, the user's groups as roles. Wrong or no credentials: anonymous, the status only.
 */
final class HealthDetailsCaller extends OncePerRequestFilter {

  private final IdentityService identityService;

  HealthDetailsCaller(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      chain.doFilter(request, response);
      return;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      chain.doFilter(request, response);
      return;
    }
    int colon = decoded.indexOf(':');
    String user = colon < 0 ? null : decoded.substring(0, colon);
    if (user == null || !identityService.checkPassword(user, decoded.substring(colon + 1))) {
      chain.doFilter(request, response);
      return;
    }
    Set<String> groups = identityService.createGroupQuery().groupMember(user).unlimitedList().stream()
        .map(Group::getId).collect(Collectors.toSet());
    Principal principal = () -> user;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public String getRemoteUser() {
        return user;
      }

      @Override
      public boolean isUserInRole(String role) {
        return groups.contains(role);
      }
    }, response);
  }
}
