package vn.rollout.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Some resources of Camunda 7.24's REST API catch every engine exception and answer 500, a refused
 * authorization included (the XML and the definition of a decision or of decision requirements, for
 * one): a refusal is a 403, as everywhere else in the API. Registered on the engine's REST API ahead
 * of Camunda's own mapper for {@link RestException}, which it otherwise follows.
 */
@Priority(Priorities.USER - 100)
final class RefusedIsNotAServerError implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return ExceptionHandlerHelper.getInstance().getResponse(cause);
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}
