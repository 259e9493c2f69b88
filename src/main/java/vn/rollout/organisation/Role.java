package vn.rollout.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The work the rollout asks a committee's organs for. The models ask for a role's group
 * ({@code ${organs.office(execution)}}, {@code ${organs.standingCommittee(execution)}}, …); which organ of a committee plays
 * it follows from the organ kinds of the catalogue ({@link OrganKind}).
 */
public enum Role {
  /** Study and dissemination (học tập, quán triệt): {@code ${organs.propaganda(execution)}}. */
  STUDY("study", "học tập, quán triệt", true),
  /** Office work: drafting the programme, compiling reports, watching deadlines: {@code ${organs.office(execution)}}. */
  OFFICE("office", "xây dựng chương trình, tổng hợp báo cáo", true),
  /** Approving the programme and deciding on deadlines: {@code ${organs.standingCommittee(execution)}}. */
  APPROVAL("approval", "phê duyệt", true),
  /** Inspection and supervision of the committees below: {@code ${inspectionGroup}}. */
  INSPECTION("inspection", "kiểm tra, giám sát", true),
  /**
   * Using the results in the annual evaluation. Not required: a committee without an organ for it is
   * evaluated by the organ of a committee above it.
   */
  EVALUATION("evaluation", "kiểm điểm, đánh giá", false);

  private final String key;
  private final String label;
  private final boolean required;

  Role(String key, String label, boolean required) {
    this.key = key;
    this.label = label;
    this.required = required;
  }

  /** The key used in {@code organ-kinds.csv} and the database. */
  public String key() {
    return key;
  }

  /** The work in Vietnamese, for messages to officials. */
  public String label() {
    return label;
  }

  /** Whether every committee must have an organ that plays this role (the pipeline of every committee needs it). */
  public boolean required() {
    return required;
  }

  public static Optional<Role> ofKey(String key) {
    return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
  }
}
