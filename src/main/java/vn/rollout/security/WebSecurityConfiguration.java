package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
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
public class WebSecurityConfiguration {

  /** The order of the engine's HTTP Basic filters ({@code config/RestAuthenticationConfiguration}); ours that need the caller follow. */
  public static final int AFTER_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 100;

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
   * Request bodies: multipart uploads up to {@code spring.servlet.multipart.max-request-size}, anything
   * else (JSON) up to {@code rollout.security.max-body-size}; 413 above ({@link RequestBodyLimit}). On
   * the engine's REST API and {@code /api} it runs after HTTP Basic (an unknown caller is refused before
   * any body is read); the webapps' REST mount checks its session later, so there it runs first.
   */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipartLimit,
      @Value("${rollout.security.max-body-size:16MB}") DataSize bodyLimit) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimit(multipartLimit.toBytes(), bodyLimit.toBytes(), false));
    registration.setName("request-body-limit");
    registration.addUrlPatterns("/engine-rest/*", applicationPath + "/api/*");
    registration.setOrder(AFTER_AUTHENTICATION + 2);
    return registration;
  }

  /** The same for the product's {@code /api}, whose uploads Spring MVC reads (and limits) itself. */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> apiRequestBodyLimit(
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipartLimit,
      @Value("${rollout.security.max-body-size:16MB}") DataSize bodyLimit) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimit(multipartLimit.toBytes(), bodyLimit.toBytes(), true));
    registration.setName("api-request-body-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(AFTER_AUTHENTICATION + 2);
    return registration;
  }

  /**
   * At most {@code rollout.security.max-concurrent-requests-per-user} requests of one user at a time on
   * a node (429 above), so that one account cannot take every thread ({@link PerCallerConcurrency}).
   */
  @Bean
  FilterRegistrationBean<PerCallerConcurrency> perCallerConcurrency(ProcessEngine engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${rollout.security.max-concurrent-requests-per-user:16}") int limit) {
    var registration = new FilterRegistrationBean<>(new PerCallerConcurrency(engine.getIdentityService(), limit));
    registration.setName("per-caller-concurrency");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", applicationPath + "/api/*");
    registration.setOrder(AFTER_AUTHENTICATION + 1);
    return registration;
  }

  /** Task and start forms reach browsers as Camunda Forms (JSON) only ({@link FormsAreCamundaForms}). */
  @Bean
  FilterRegistrationBean<FormsAreCamundaForms> formsAreCamundaForms(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<>(new FormsAreCamundaForms());
    registration.setName("forms-are-camunda-forms");
    registration.addUrlPatterns("/engine-rest/*", applicationPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  /** The webapps' {@code XSRF-TOKEN} cookie is Secure over TLS, as the session cookie ({@link SecureCsrfCookie}). */
  @Bean
  FilterRegistrationBean<SecureCsrfCookie> secureCsrfCookie(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<>(new SecureCsrfCookie());
    registration.setName("secure-csrf-cookie");
    registration.addUrlPatterns(applicationPath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
    return registration;
  }

  /** Who asks for the health endpoint's details ({@link HealthDetailsCaller}). */
  @Bean
  FilterRegistrationBean<HealthDetailsCaller> healthDetailsCaller(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new HealthDetailsCaller(engine.getIdentityService()));
    registration.setName("health-details-caller");
    registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** Refusals and the caller's mistakes answered 403, 404, 400 or 409 where Camunda's REST API would answer 500. */
  @Bean
  ResourceConfigCustomizer clientErrorsAreNotServerErrors() {
    return config -> ClientErrorsAreNotServerErrors.mappers().forEach(config::register);
  }

  /** The body of an error answer, as {@code ApiError} writes it. */
  static void json(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
  }
}
