package vn.rollout.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Lists that a Camunda Form shows or submits. Tasklist sends a dynamic list as a {@code Json} variable
 * and parses {@code Json} variables for the form, so these are written and read as Spin JSON.
 */
public final class JsonVariables {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .findAndRegisterModules()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JsonVariables() {}

  public static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write form data as JSON", e);
    }
  }

  /**
   * Reads a submitted list; {@code null} or a missing variable is an empty list.
   *
   * @throws IllegalArgumentException when the value is not a list of {@code type}
   */
  public static <T> List<T> list(Object value, Class<T> type) {
    if (value == null) {
      return List.of();
    }
    String json = value instanceof SpinJsonNode node ? node.toString() : value instanceof String text ? text : null;
    if (json == null) {
      json = write(value);
    }
    CollectionType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
    try {
      List<T> list = MAPPER.readValue(json, listType);
      return list == null ? List.of() : list;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a list of " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot read form data", e);
    }
  }
}
