package vn.rollout.organisation;

import java.util.Arrays;

/**
 * A Vietnamese full name as Camunda's first and last name. The given name is the last word
 * ("Nguyễn Văn An": family name Nguyễn, middle name Văn, given name An). Camunda shows a user as
 * "first last", so the family and middle names go into its first name and the given name into its
 * last name: Tasklist and Cockpit then show "Nguyễn Văn An", in Vietnamese order.
 */
record OfficialName(String familyAndMiddle, String given) {

  static OfficialName of(String fullName) {
    String[] words = fullName.trim().split("\\s+");
    String given = words[words.length - 1];
    String familyAndMiddle = String.join(" ", Arrays.copyOf(words, words.length - 1));
    return new OfficialName(familyAndMiddle, given);
  }
}
