package vn.rollout.programme.quality;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Readers of the check's JSON fields that accept exactly one type each, where Jackson would coerce
 * ({@code 5} into the text {@code "5"}, {@code "12"} into a number, a number into a date). A blank
 * text is a field left empty ({@code null}): a finding of the check, not an error. Anything else is
 * answered 400 naming the field.
 */
final class StrictJson {

  private StrictJson() {}

  /** A JSON string. */
  static final class Text extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
  }

  /** A whole non-negative number of VND; a blank string is none. */
  static final class Amount extends JsonDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().isBlank()) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (Long) ctxt.handleUnexpectedToken(Long.class, p);
      }
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 0) {
        throw InvalidFormatException.from(p, "not a whole number of VND from 0 up", p.getText(), Long.class);
      }
      return p.getLongValue();
    }
  }

  /** A date written {@code yyyy-MM-dd}; a blank string is none. */
  static final class Date extends JsonDeserializer<LocalDate> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text, FORMAT);
      } catch (DateTimeParseException e) {
        throw InvalidFormatException.from(p, "not a date in yyyy-MM-dd", text, LocalDate.class);
      }
    }
  }
}
