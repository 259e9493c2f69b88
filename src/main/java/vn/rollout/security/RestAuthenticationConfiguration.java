package vn.rollout.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's identity service for the engine's REST API and the product's own
 * {@code /api}. Camunda's own filter does it: it checks the password with the identity service
 * (so the engine's login-attempt lock-out applies) and sets the engine's current authentication for
 * the request, so that every query a request makes, in {@code /engine-rest} or in {@code /api}, is
 * filtered by Camunda's authorizations for that user and their groups. The Prometheus scrape needs it
 * too (any signed-in user: it holds counts only); only health stays open (SECURITY.md).
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String PRODUCT_API = "/api/*";
  static final String PROMETHEUS = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(ENGINE_REST, PROMETHEUS);
    registration.setOrder(WebSecurityConfiguration.AFTER_AUTHENTICATION);
    return registration;
  }

  /**
   * The same for {@code /api}, which also accepts, for reading, the webapps' signed-in user
   * ({@link BasicOrWebappSessionAuthenticationProvider}): the Cockpit dashboard calls it with the session.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        BasicOrWebappSessionAuthenticationProvider.class.getName());
    registration.addUrlPatterns(PRODUCT_API);
    registration.setOrder(WebSecurityConfiguration.AFTER_AUTHENTICATION);
    return registration;
  }
}
