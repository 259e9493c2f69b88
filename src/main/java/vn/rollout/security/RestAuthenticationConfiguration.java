package vn.rollout.security;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's identity service for the engine's REST API and the product's own
 * {@code /api}. Camunda's own filter does it: it checks the password with the identity service
 * (so the engine's login-attempt lock-out applies) and sets the engine's current authentication for
 * the request, so that every query a request makes, in {@code /engine-rest} or in {@code /api}, is
 * filtered by Camunda's authorizations for that user and their groups. The Prometheus scrape needs it
 * too (any signed-in user: it holds counts only); only health stays open (SECURITY.md). The callers it
 * accepted are remembered for a minute ({@link RecentBasicCallers}).
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String PRODUCT_API = "/api/*";
  static final String PROMETHEUS = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(RecentBasicCallers recent) {
    var registration = new FilterRegistrationBean<>(filter(new RememberingBasicAuthenticationProvider(recent)));
    registration.setName("rest-authentication");
    registration.addUrlPatterns(ENGINE_REST, PROMETHEUS);
    registration.setOrder(WebSecurityConfiguration.AFTER_AUTHENTICATION);
    return registration;
  }

  /**
   * The same for {@code /api}, which also accepts, for reading, the webapps' signed-in user
   * ({@link BasicOrWebappSessionAuthenticationProvider}): the Cockpit dashboard calls it with the session.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(RecentBasicCallers recent) {
    var registration = new FilterRegistrationBean<>(filter(new BasicOrWebappSessionAuthenticationProvider(recent)));
    registration.setName("api-authentication");
    registration.addUrlPatterns(PRODUCT_API);
    registration.setOrder(WebSecurityConfiguration.AFTER_AUTHENTICATION);
    return registration;
  }

  /** Camunda's filter with this provider (its own {@code init} would make one by class name, without the callers). */
  private static ProcessEngineAuthenticationFilter filter(AuthenticationProvider provider) {
    return new ProcessEngineAuthenticationFilter() {
      {
        authenticationProvider = provider;
      }

      @Override
      public void init(FilterConfig filterConfig) {
        servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
      }
    };
  }
}
