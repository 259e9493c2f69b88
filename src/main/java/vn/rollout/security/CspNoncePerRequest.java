package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda 7.24 keeps the Content-Security-Policy nonce of a webapp page in a servlet context
 * attribute, which every request shares: its header filter writes it, and the index page reads it
 * back a moment later. When another webapp request passes the header filter in between (the Welcome
 * app's calls while Tasklist opens), the page gets the other request's nonce, its header keeps its
 * own, and the browser blocks every script of the page. This keeps that one attribute per request:
 * the webapps see a servlet context whose nonce attribute lives on the request, everything else is
 * the real context.
 */
@Configuration(proxyBeanMethods = false)
class CspNoncePerRequest {

  static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> cspNoncePerRequestFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(new OwnNonce(request), response);
      }
    });
    registration.setName("csp-nonce-per-request");
    registration.addUrlPatterns(applicationPath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The request, with a servlet context that keeps the nonce attribute on the request. */
  static final class OwnNonce extends HttpServletRequestWrapper {

    private final ServletContext context;

    OwnNonce(HttpServletRequest request) {
      super(request);
      ServletContext shared = request.getServletContext();
      this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
          new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
            if (args != null && args.length > 0 && NONCE.equals(args[0])) {
              switch (method.getName()) {
                case "getAttribute":
                  return request.getAttribute(NONCE);
                case "setAttribute":
                  request.setAttribute(NONCE, args[1]);
                  return null;
                case "removeAttribute":
                  request.removeAttribute(NONCE);
                  return null;
                default:
                  break;
              }
            }
            try {
              return method.invoke(shared, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }
  }
}
