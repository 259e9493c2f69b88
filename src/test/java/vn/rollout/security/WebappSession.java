package vn.rollout.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with Camunda's webapps, without a browser: cookies kept, the CSRF token that
 * Camunda hands out on every GET (header {@code X-XSRF-TOKEN}) sent back on state-changing calls, as the
 * webapps' own JavaScript does.
 */
final class WebappSession {

  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final String base;
  private final HttpClient client;
  private String csrfToken;

  private final String forwardedProto;

  WebappSession(int port) {
    this(port, null);
  }

  /** A session as seen through a TLS-terminating proxy ({@code X-Forwarded-Proto}), when {@code forwardedProto} is "https". */
  WebappSession(int port, String forwardedProto) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.forwardedProto = forwardedProto;
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    response.headers().firstValue(CSRF_HEADER).filter(token -> !"Required".equals(token)).ifPresent(token -> csrfToken = token);
    return response;
  }

  /** Logs in to one of the webapps as its login page does; the answer's status says whether it worked. */
  HttpResponse<String> login(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    HttpResponse<String> login = postForm("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + encode(user) + "&password=" + encode(password), true);
    // the login starts a new session; the app's next GET fetches that session's token
    get("/camunda/api/admin/auth/user/default");
    return login;
  }

  HttpResponse<String> postForm(String path, String form, boolean withToken) {
    return post(path, "application/x-www-form-urlencoded", form, withToken);
  }

  HttpResponse<String> postJson(String path, String json, boolean withToken) {
    return post(path, "application/json", json, withToken);
  }

  HttpResponse<String> putJson(String path, String json, boolean withToken) {
    return send("PUT", path, "application/json", json, withToken);
  }

  private HttpResponse<String> post(String path, String type, String body, boolean withToken) {
    return send("POST", path, type, body, withToken);
  }

  private HttpResponse<String> send(String method, String path, String type, String body, boolean withToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", type)
        .header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (withToken && csrfToken != null) {
      request.header(CSRF_HEADER, csrfToken);
    }
    HttpResponse<String> response = send(request);
    response.headers().firstValue(CSRF_HEADER).filter(token -> !"Required".equals(token)).ifPresent(token -> csrfToken = token);
    return response;
  }

  String csrfToken() {
    return csrfToken;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (forwardedProto != null) {
      request.header("X-Forwarded-Proto", forwardedProto);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
