package vn.rollout.security;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** One thing a deployment may not contain, where it is: reported by the REST API as Camunda reports parse errors. */
record ModelProblem(String message, int line, int column, String elementId) implements Problem {

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }
}
