package vn.rollout.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.rollout.shared.ConflictException;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;

/** Turns bad input anywhere in {@code /api} into a 4xx {@link ApiError} that names the field. */
@RestControllerAdvice(basePackages = "vn.rollout")
class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> badRequest(InvalidInputException e) {
    return answer(HttpStatus.BAD_REQUEST, new ApiError(400, e.getMessage(), e.field(), e.problems()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> conflict(ConflictException e) {
    return answer(HttpStatus.CONFLICT, ApiError.of(409, e.getMessage(), e.field()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return answer(HttpStatus.NOT_FOUND, ApiError.of(404, e.getMessage(), e.field()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return answer(HttpStatus.FORBIDDEN, ApiError.of(403, "Không có quyền thực hiện thao tác này.", null));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      String reason = mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
          ? "has the wrong type or format"
          : "cannot be read";
      return answer(HttpStatus.BAD_REQUEST, ApiError.of(400, field + " " + reason, field));
    }
    return answer(HttpStatus.BAD_REQUEST, ApiError.of(400, "the request body is not well-formed JSON", null));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    var error = e.getBindingResult().getFieldErrors().stream().findFirst();
    String field = error.map(f -> f.getField()).orElse(null);
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + " " + f.getDefaultMessage())
        .collect(Collectors.joining("; "));
    return answer(HttpStatus.BAD_REQUEST, ApiError.of(400, message, field));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, ApiError.of(400, e.getParameterName() + " is required", e.getParameterName()));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return answer(HttpStatus.BAD_REQUEST, ApiError.of(400, e.getRequestPartName() + " is required", e.getRequestPartName()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    return answer(HttpStatus.BAD_REQUEST, ApiError.of(400, e.getName() + " has the wrong type or format", e.getName()));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, ApiError error) {
    return ResponseEntity.status(status).body(error);
  }
}
