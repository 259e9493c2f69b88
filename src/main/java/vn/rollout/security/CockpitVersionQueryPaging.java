package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's process definition page asks for all versions of the definition it shows
 * ({@code GET …/process-definition?key=…&sortBy=version&sortOrder=desc}) without a page, which the
 * engine refuses with 400 under {@code query-max-results-limit} (SECURITY.md). For that one query of
 * the webapps, this asks for the first page of the limit's size instead: the same answer as long as a
 * definition has no more versions than the limit, the newest first. Other unpaged queries stay refused.
 */
@Configuration(proxyBeanMethods = false)
class CockpitVersionQueryPaging {

  static final String FIRST_RESULT = "firstResult";
  static final String MAX_RESULTS = "maxResults";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> cockpitVersionQuery(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${camunda.bpm.generic-properties.properties.query-max-results-limit:2000}") int limit) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(isUnpagedVersionQuery(request) ? new Paged(request, limit) : request, response);
      }
    });
    registration.setName("cockpit-version-query");
    registration.addUrlPatterns(applicationPath + "/api/engine/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  /** A GET of one key's definitions, by version, with no page. */
  static boolean isUnpagedVersionQuery(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getRequestURI().endsWith("/process-definition")
        && request.getParameter("key") != null
        && "version".equals(request.getParameter("sortBy"))
        && request.getParameter(FIRST_RESULT) == null
        && request.getParameter(MAX_RESULTS) == null;
  }

  /** The request with {@code firstResult=0&maxResults=<limit>} added. */
  static final class Paged extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final String query;

    Paged(HttpServletRequest request, int limit) {
      super(request);
      Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
      all.put(FIRST_RESULT, new String[] {"0"});
      all.put(MAX_RESULTS, new String[] {String.valueOf(limit)});
      this.parameters = Collections.unmodifiableMap(all);
      String original = request.getQueryString();
      this.query = (original == null || original.isEmpty() ? "" : original + "&") + FIRST_RESULT + "=0&" + MAX_RESULTS + "=" + limit;
    }

    @Override
    public String getQueryString() {
      return query;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
