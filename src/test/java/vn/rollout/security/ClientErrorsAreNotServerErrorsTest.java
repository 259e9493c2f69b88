package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** A request that met a concurrent change is a 409 that tells the official to send it again, never a 500. */
class ClientErrorsAreNotServerErrorsTest {

  static final OptimisticLockingException CONCURRENT = new OptimisticLockingException(
      "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed. Entity was updated by another transaction concurrently.");

  @Test
  void shouldAnswer409ToATaskFormThatMetTheCascadesJobs() {
    // (how Camunda's task resource wraps it: a RestException of status 500 around the engine's exception)
    RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR, CONCURRENT,
        "Cannot submit task form 1: " + CONCURRENT.getMessage());

    Response answer = new ClientErrorsAreNotServerErrors.Wrapped().toResponse(wrapped);

    assertThat(answer.getStatus()).isEqualTo(409);
    ExceptionDto body = (ExceptionDto) answer.getEntity();
    assertThat(body.getType()).isEqualTo("OptimisticLockingException");
    assertThat(body.getMessage()).startsWith("Công việc vừa được hệ thống cập nhật cùng lúc").contains("send the request again")
        .doesNotContain("ExecutionEntity");
  }

  @Test
  void shouldAnswer409ToAnEngineCallThatMetAConcurrentChange() {
    Response answer = new ClientErrorsAreNotServerErrors().toResponse(new ProcessEngineException("failed", CONCURRENT));

    assertThat(answer.getStatus()).isEqualTo(409);
  }

  @Test
  void shouldLeaveOtherServerErrorsToCamunda() {
    assertThat(ClientErrorsAreNotServerErrors.status(new ProcessEngineException("the database is gone"))).isNull();
  }
}
