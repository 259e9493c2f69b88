package vn.rollout.organisation;

/** An official (cán bộ): a Camunda user who works in one organ of a committee or in one unit. */
record Official(String username, String fullName, String email, String committeeCode, String role) {

  /** The group that gives the official their tasks: the organ's or the unit's. */
  String taskGroup() {
    return Organ.ofKey(role).map(organ -> TaskGroups.organ(committeeCode, organ)).orElseGet(() -> TaskGroups.unit(role));
  }
}
