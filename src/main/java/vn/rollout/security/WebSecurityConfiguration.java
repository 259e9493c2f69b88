package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web side of SECURITY.md, as servlet filters in front of Camunda's REST API, Camunda's webapps
 * and the product's {@code /api} (Camunda's own webapp filters stay on: CSRF, session cookie, header
 * security).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  /**
   * CVE-2026-77226: Camunda 7.24's Admin setup endpoint creates an administrator without login
   * whenever the {@code camunda-admin} group has no direct member. The first administrator comes from
   * configuration ({@code camunda.bpm.admin-user}), so the endpoint is closed outright.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> adminSetupBlock(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    String setup = applicationPath + "/api/admin/setup";
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(setup) || path.startsWith(setup + "/")) {
          json(response, HttpServletResponse.SC_FORBIDDEN,
              "the setup of the first administrator is closed; the administrator comes from configuration");
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("admin-setup-block");
    registration.addUrlPatterns(applicationPath + "/api/admin/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * On every answer: {@code X-Content-Type-Options: nosniff}; HSTS when the request came over TLS
   * (directly or through a proxy that says so, {@code server.forward-headers-strategy}); and for
   * everything but the webapps (which get Camunda's own Content-Security-Policy with a nonce) a policy
   * that allows nothing to run and no framing.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeaders(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${rollout.security.hsts:max-age=31536000}") String hsts) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure()) {
          response.setHeader("Strict-Transport-Security", hsts);
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + applicationPath + "/")) {
          response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
          response.setHeader("Referrer-Policy", "no-referrer");
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Camunda's REST API reads a deployment's upload whole into memory, whatever its size: bodies larger
   * than {@code spring.servlet.multipart.max-request-size}, the product's own upload limit, are refused
   * with 413: at once when the request says its length, after reading at most the limit when it is
   * sent in chunks. ({@code /api} uploads are limited by Spring's multipart settings.)
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> uploadLimit(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
          json(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the upload is larger than allowed");
          return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
          byte[] body = request.getInputStream().readNBytes(Math.toIntExact(Math.min(limit.toBytes() + 1, Integer.MAX_VALUE - 8)));
          if (body.length > limit.toBytes()) {
            json(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the upload is larger than allowed");
            return;
          }
          chain.doFilter(new ReadRequest(request, body), response);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("upload-limit");
    registration.addUrlPatterns("/engine-rest/*", applicationPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** Refusals answered 403 where Camunda's REST API would answer 500 ({@link RefusedIsNotAServerError}). */
  @Bean
  ResourceConfigCustomizer refusalsAreNotServerErrors() {
    return config -> config.register(RefusedIsNotAServerError.class);
  }

  /** The body of an error answer, as {@code ApiError} writes it. */
  static void json(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
  }
}
