package vn.rollout.organisation;

import java.util.List;

/** The files of one import, as bytes; a file left out ({@code null}) changes nothing of its kind. */
record OrganisationFiles(byte[] organKinds, byte[] committees, byte[] units, byte[] officials) {

  static final String ORGAN_KINDS = "organ-kinds.csv";
  static final String COMMITTEES = "committees.csv";
  static final String UNITS = "units.csv";
  static final String OFFICIALS = "officials.csv";

  static final List<String> ORGAN_KINDS_HEADER = List.of("key", "name", "roles", "stands_in_for");
  static final List<String> COMMITTEES_HEADER = List.of("code", "name", "symbol", "parent_code", "organs");
  static final List<String> UNITS_HEADER = List.of("code", "name", "committee_code");
  static final List<String> OFFICIALS_HEADER = List.of("username", "full_name", "email", "committee_code", "role");

  /** The three files of before the catalogue, which import exactly as they did. */
  OrganisationFiles(byte[] committees, byte[] units, byte[] officials) {
    this(null, committees, units, officials);
  }

  boolean isEmpty() {
    return organKinds == null && committees == null && units == null && officials == null;
  }
}
