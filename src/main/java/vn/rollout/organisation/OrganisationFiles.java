package vn.rollout.organisation;

import java.util.List;

/** The files of one import, as bytes; a file left out ({@code null}) changes nothing of its kind. */
record OrganisationFiles(byte[] committees, byte[] units, byte[] officials) {

  static final String COMMITTEES = "committees.csv";
  static final String UNITS = "units.csv";
  static final String OFFICIALS = "officials.csv";

  static final List<String> COMMITTEES_HEADER = List.of("code", "name", "symbol", "parent_code", "organs");
  static final List<String> UNITS_HEADER = List.of("code", "name", "committee_code");
  static final List<String> OFFICIALS_HEADER = List.of("username", "full_name", "email", "committee_code", "role");

  boolean isEmpty() {
    return committees == null && units == null && officials == null;
  }
}
