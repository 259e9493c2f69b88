package vn.rollout.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Camunda 7.24's REST API answers some refusals and some mistakes of the caller with 500, as if the
 * server had failed: a refused read that a resource catches as an engine exception (a decision
 * definition's XML), a value that is not there ({@link NullValueException}: no such decision
 * requirements definition), and engine exceptions that only say what the caller asked for is not
 * possible (deleting a deployment whose instances run, a task of a running process, a page of metrics
 * above their limit, a condition that no start event waits for, a message no execution waits for), and a
 * task submitted with a name its form does not have ({@link FormFieldsOnly}).
 * Here those are 403, 404, 400 or 409, with Camunda's own body; everything else goes on to Camunda's
 * mappers. A request that met a concurrent change of the same process instance (an official completing
 * a task while the cascade's jobs of that rollout run) changed nothing, and is a 409 whose message
 * tells the official, in Tasklist, to send it again. Found by the leak matrix, which calls every operation and fails on any 500.
 */
@Priority(Priorities.USER - 100)
final class ClientErrorsAreNotServerErrors implements ExceptionMapper<ProcessEngineException> {

  /** Engine messages that describe the caller's request, not the server, with the status they deserve. */
  static final Map<String, Response.Status> CLIENT_ERRORS = Map.ofEntries(
      Map.entry("ENGINE-03076", Response.Status.CONFLICT), // deleting a deployment (no cascade) whose instances run
      Map.entry("ENGINE-13043", Response.Status.BAD_REQUEST), // a condition no conditional start event waits for
      Map.entry("ENGINE-13037", Response.Status.BAD_REQUEST), // a modification of an instance of another definition
      Map.entry("ENGINE-13036", Response.Status.NOT_FOUND), // a modification of an instance that does not exist
      Map.entry("No job found with id", Response.Status.NOT_FOUND),
      Map.entry("The task cannot be deleted because is part of a running process", Response.Status.CONFLICT),
      Map.entry("row limit can't be set larger than", Response.Status.BAD_REQUEST),
      Map.entry("does not have a subscription to a message event", Response.Status.NOT_FOUND));

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return respond(exception, status(exception));
  }

  /** What Tasklist shows an official whose request met a concurrent change (the API's words follow). */
  static final String SEND_AGAIN = "Công việc vừa được hệ thống cập nhật cùng lúc, chưa có gì thay đổi: xin gửi lại. "
      + "(A concurrent change of the same process instance: nothing was changed, send the request again.)";

  static Response respond(Exception exception, Response.Status status) {
    if (status == Response.Status.CONFLICT && concurrentChange(exception)) {
      ExceptionDto body = new ExceptionDto();
      body.setType(OptimisticLockingException.class.getSimpleName());
      body.setMessage(SEND_AGAIN);
      return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    if (status == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    if (status == Response.Status.FORBIDDEN) {
      return ExceptionHandlerHelper.getInstance().getResponse(refusal(exception));
    }
    return Response.status(status).entity(ExceptionDto.fromException(exception)).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Throwable refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return cause;
      }
    }
    return exception;
  }

  private static boolean concurrentChange(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  /** The status a client error deserves, or {@code null} when it is not one of those. */
  static Response.Status status(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return Response.Status.FORBIDDEN;
      }
      if (cause instanceof FormFieldsOnly.Refused) {
        return Response.Status.BAD_REQUEST;
      }
    }
    if (concurrentChange(exception)) {
      return Response.Status.CONFLICT;
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      for (Map.Entry<String, Response.Status> clientError : CLIENT_ERRORS.entrySet()) {
        if (message.contains(clientError.getKey())) {
          return clientError.getValue();
        }
      }
      if (cause.getClass() == NullValueException.class) {
        return message.contains("found") ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
      }
    }
    return null;
  }

  /** The same for the resources that wrap such an exception into their own as a 500. */
  @Priority(Priorities.USER - 100)
  static final class Wrapped implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {

    @Override
    public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException exception) {
      boolean serverError = exception.getStatus() == null || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
      return respond(exception, serverError ? ClientErrorsAreNotServerErrors.status(exception) : null);
    }
  }

  static List<Class<?>> mappers() {
    return List.of(ClientErrorsAreNotServerErrors.class, Wrapped.class);
  }
}
