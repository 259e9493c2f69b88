package vn.rollout.organisation;

/** A unit (đơn vị) of a committee that leads or coordinates programme items. */
public record Unit(String code, String name, String committeeCode) {

  public String taskGroup() {
    return TaskGroups.unit(code);
  }
}
