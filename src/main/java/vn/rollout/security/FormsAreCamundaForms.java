package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The forms a browser receives from the engine's REST API (and the webapps' mount of it) are Camunda
 * Forms, JSON that form-js renders as data, never HTML that Tasklist would insert and run: a deployed
 * task or start form that is not JSON, and any rendered (generated) form, is answered 404, as is a form
 * the engine fails to find (a task that does not exist: Camunda answers 500). Deployments
 * refuse embedded and generated forms ({@link ModelContentCheck}); this closes the same door for
 * deployments made before that check existed.
 */
final class FormsAreCamundaForms extends OncePerRequestFilter {

  static final String REFUSED = "this form is not a Camunda Form: the product shows Camunda Forms only";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form") || path.endsWith("/rendered-form"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().endsWith("/rendered-form")) {
      WebSecurityConfiguration.json(response, HttpServletResponse.SC_NOT_FOUND, REFUSED);
      return;
    }
    ContentCachingResponseWrapper form = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, form);
    String type = form.getContentType();
    // no JSON form, or none at all (Camunda 7.24 fails with a NullPointerException for a task that does not exist)
    if (form.getStatus() >= 500 || form.getStatus() < 300 && (type == null || !type.toLowerCase().startsWith("application/json"))) {
      form.resetBuffer();
      response.reset();
      WebSecurityConfiguration.json(response, HttpServletResponse.SC_NOT_FOUND, REFUSED);
      return;
    }
    form.copyBodyToResponse();
  }
}
