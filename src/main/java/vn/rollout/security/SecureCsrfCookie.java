package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's CSRF filter sets the webapps' {@code XSRF-TOKEN} cookie Secure only when told to always
 * (which would break the demo on plain HTTP). Like the session cookie, it is Secure here whenever the
 * request came over TLS (directly, or through a proxy that says so: {@code server.forward-headers-strategy}).
 */
final class SecureCsrfCookie extends OncePerRequestFilter {

  static final String COOKIE = "XSRF-TOKEN=";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, request.isSecure() ? new HttpServletResponseWrapper(response) {
      @Override
      public void addHeader(String name, String value) {
        super.addHeader(name, secure(name, value));
      }

      @Override
      public void setHeader(String name, String value) {
        super.setHeader(name, secure(name, value));
      }
    } : response);
  }

  static String secure(String name, String value) {
    if ("Set-Cookie".equalsIgnoreCase(name) && value != null && value.startsWith(COOKIE)
        && !value.toLowerCase().matches(".*;\\s*secure(;.*|$)")) {
      return value + ";Secure";
    }
    return value;
  }
}
