package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.rollout.support.IntegrationTest;

/** Each webapp page carries the nonce of its own Content-Security-Policy header, however many pages load at once. */
class CspNonceIT extends IntegrationTest {

  static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void shouldGiveEveryPageTheNonceOfItsOwnHeaderWhenPagesLoadAtOnce() {
    HttpClient client = HttpClient.newHttpClient();
    String[] apps = {"tasklist", "cockpit", "welcome", "admin"};
    List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      HttpRequest request = HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/camunda/app/" + apps[i % apps.length] + "/default/")).GET().build();
      pages.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }

    List<String> mismatches = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> future : pages) {
      HttpResponse<String> page = future.join();
      assertThat(page.statusCode()).isEqualTo(200);
      Matcher header = HEADER_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
      assertThat(header.find()).isTrue();
      Matcher body = PAGE_NONCE.matcher(page.body());
      assertThat(body.find()).as("the page's scripts carry a nonce").isTrue();
      do {
        if (!body.group(1).equals(header.group(1))) {
          mismatches.add(page.uri() + ": header " + header.group(1) + ", page " + body.group(1));
        }
      } while (body.find());
    }
    assertThat(mismatches).isEmpty();
  }
}
