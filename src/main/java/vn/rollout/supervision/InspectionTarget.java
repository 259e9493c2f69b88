package vn.rollout.supervision;

import vn.rollout.organisation.TaskGroups;

/**
 * What a periodic round assesses: a direct subordinate committee, or one of the committee's own units
 * that lead items of its programme. In the round's collection (the element variable
 * {@code inspectedCode}) a committee is its code and a unit its task group, {@code unit.<code>}.
 */
record InspectionTarget(Kind kind, String code) {

  enum Kind {
    COMMITTEE,
    UNIT
  }

  static InspectionTarget committee(String code) {
    return new InspectionTarget(Kind.COMMITTEE, code);
  }

  static InspectionTarget unit(String code) {
    return new InspectionTarget(Kind.UNIT, code);
  }

  static InspectionTarget parse(String element) {
    return element.startsWith(TaskGroups.UNIT_PREFIX)
        ? unit(element.substring(TaskGroups.UNIT_PREFIX.length()))
        : committee(element);
  }

  /** The element of the round's collection. */
  String element() {
    return kind == Kind.UNIT ? TaskGroups.unit(code) : code;
  }
}
