package vn.rollout.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest body a request may send, read from its {@code Content-Type}: a multipart upload (a
 * deployment from Camunda Modeler, the organisation's CSV files) up to {@code multipartLimit}, anything
 * else (JSON) up to {@code bodyLimit}. Above it, 413: at once when the request says its length, after
 * reading at most the limit when it is sent in chunks. Camunda's REST API reads a deployment whole into
 * memory and Jackson a JSON body, whatever their size; without this a client could make the server
 * hold any amount. Registered after authentication, so that nobody unknown makes the server read at all.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

  private final long multipartLimit;
  private final long bodyLimit;
  private final boolean servletParsesMultipart;

  /**
   * @param servletParsesMultipart whether the servlet behind reads uploads through the container's own
   *     part parsing (Spring MVC: {@code getParts()}, which enforces {@code max-request-size} itself and
   *     cannot read a body read already), rather than from the input stream (Camunda's REST API)
   */
  RequestBodyLimit(long multipartLimit, long bodyLimit, boolean servletParsesMultipart) {
    this.multipartLimit = multipartLimit;
    this.bodyLimit = bodyLimit;
    this.servletParsesMultipart = servletParsesMultipart;
  }

  static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith("multipart/");
  }

  long limitOf(HttpServletRequest request) {
    return isMultipart(request) ? multipartLimit : bodyLimit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      tooLarge(response, limit);
      return;
    }
    if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null
        && !(servletParsesMultipart && isMultipart(request))) {
      byte[] body = request.getInputStream().readNBytes(Math.toIntExact(Math.min(limit + 1, Integer.MAX_VALUE - 8)));
      if (body.length > limit) {
        tooLarge(response, limit);
        return;
      }
      chain.doFilter(new ReadRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    WebSecurityConfiguration.json(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "the request body is larger than allowed (" + limit / 1024 + " KB)");
  }
}
