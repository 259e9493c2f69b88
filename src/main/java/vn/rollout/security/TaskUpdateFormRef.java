package vn.rollout.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist 7.24 saves a task's due or follow-up date by sending back the whole task it read
 * ({@code PUT …/task/{id}}), including {@code camundaFormRef}, which the engine's REST API cannot read
 * back: whoever may change the dates got a raw Java message ("Cannot construct instance of
 * CamundaFormRef") and nothing saved. The form reference is no property a task update can change, so it
 * is left out of the body before the REST API reads it. Who may change the dates at all is the task
 * service's rule ({@link TaskCommentsAndAttachments#saveTask}).
 */
@Configuration(proxyBeanMethods = false)
class TaskUpdateFormRef {

  static final Pattern TASK_UPDATE = Pattern.compile(".*/task/[^/]+$");
  static final String FORM_REF = "camundaFormRef";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> taskUpdateWithoutFormRef(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if ("PUT".equals(request.getMethod()) && TASK_UPDATE.matcher(request.getRequestURI()).matches()) {
          byte[] body = request.getInputStream().readAllBytes();
          chain.doFilter(new ReadRequest(request, withoutFormRef(body)), response);
        } else {
          chain.doFilter(request, response);
        }
      }
    });
    registration.setName("task-update-without-form-ref");
    registration.addUrlPatterns(applicationPath + "/api/engine/engine/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
    return registration;
  }

  /** The body without {@code camundaFormRef}; anything that is not a JSON object unchanged, for the REST API to refuse. */
  static byte[] withoutFormRef(byte[] body) {
    try {
      JsonNode task = JSON.readTree(body);
      if (task instanceof ObjectNode object && object.has(FORM_REF)) {
        object.remove(FORM_REF);
        return JSON.writeValueAsBytes(object);
      }
    } catch (IOException notJson) {
      // the REST API answers it
    }
    return body;
  }
}
