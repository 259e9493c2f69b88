package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code limit} requests of one signed-in user at a time on a node; the next is answered 429
 * at once, without reading its body. A slow client or a script that floods the API with one account
 * then holds a few of Tomcat's threads, never all of them: everyone else is still served. The user is
 * the one the engine's HTTP Basic filter has authenticated ({@code /engine-rest}, {@code /api}: this
 * filter runs after it), or the one signed in to the webapps in this session (their REST mount).
 * Requests of nobody signed in are refused by the authentication that follows, not counted here.
 */
final class PerCallerConcurrency extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final int limit;
  private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

  PerCallerConcurrency(IdentityService identityService, int limit) {
    this.identityService = identityService;
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String caller = caller(request);
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!admit(caller)) {
      response.setHeader("Retry-After", "1");
      WebSecurityConfiguration.json(response, 429,
          "too many requests of this account at once (at most " + limit + "): wait for the others to finish");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      running.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }
  }

  /**
   * Counts the request in if the caller has fewer than {@code limit} running. One atomic step per
   * key: a counter read and removed apart from its increment lost a request that was arriving while
   * the last one ended, and then admitted one too many.
   */
  private boolean admit(String caller) {
    boolean[] admitted = {false};
    running.compute(caller, (key, count) -> {
      int now = count == null ? 0 : count;
      if (now >= limit) {
        return count;
      }
      admitted[0] = true;
      return now + 1;
    });
    return admitted[0];
  }

  /** Requests of the caller running now on this node (0 when none). */
  int running(String caller) {
    return running.getOrDefault(caller, 0);
  }

  private String caller(HttpServletRequest request) {
    Authentication engine = identityService.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      return engine.getUserId();
    }
    HttpSession session = request.getSession(false);
    Authentications webapps = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (webapps != null) {
      for (UserAuthentication signedIn : webapps.getAuthentications()) {
        if (signedIn.getIdentityId() != null) {
          return signedIn.getIdentityId();
        }
      }
    }
    return null;
  }
}
