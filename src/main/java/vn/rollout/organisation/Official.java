package vn.rollout.organisation;

/** An official (cán bộ): a Camunda user who works in one organ of a committee or in one unit. */
record Official(String username, String fullName, String email, String committeeCode, String role) {

  /** The group that gives the official their tasks: the organ's (when the role is a kind of the catalogue) or the unit's. */
  String taskGroup(java.util.Map<String, OrganKind> catalogue) {
    return catalogue.containsKey(role) ? TaskGroups.organ(committeeCode, role) : TaskGroups.unit(role);
  }
}
