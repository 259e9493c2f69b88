package vn.rollout.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above {@code spring.servlet.multipart.*} is answered 413 with an {@link ApiError}. Spring
 * reads a multipart request before it knows which controller will take it, so this advice cannot be
 * limited to the product's controllers as {@link ApiExceptionHandler} is: with no controller chosen
 * yet, such an advice would not apply and the client would get an empty 413.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(ApiError.of(413, "the upload is larger than allowed", null));
  }
}
