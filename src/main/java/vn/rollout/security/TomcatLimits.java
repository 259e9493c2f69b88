package vn.rollout.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat closes a connection that sends no request within {@code server.tomcat.connection-timeout},
 * but once a request's headers are in, it would wait for a slow body as long as the client likes, a
 * thread held all along. Here a body must arrive within {@code rollout.security.body-timeout}.
 */
@Component
class TomcatLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final Duration bodyTimeout;

  TomcatLimits(@Value("${rollout.security.body-timeout:60s}") Duration bodyTimeout) {
    this.bodyTimeout = bodyTimeout;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addConnectorCustomizers(connector -> {
      connector.setProperty("disableUploadTimeout", "false");
      connector.setProperty("connectionUploadTimeout", String.valueOf(bodyTimeout.toMillis()));
    });
  }
}
