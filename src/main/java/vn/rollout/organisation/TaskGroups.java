package vn.rollout.organisation;

/**
 * The Camunda group ids that tasks are offered to. An organ of a committee is
 * {@code <committee code>.<organ key>} ({@code dn-hai-chau.van-phong}); a unit is
 * {@code unit.<unit code>} ({@code unit.dn-so-khcn}). Committee and unit codes are lower-case
 * letters, digits and hyphens, so the two never collide and both pass the engine's id whitelist.
 */
public final class TaskGroups {

  public static final String UNIT_PREFIX = "unit.";

  /** Every official is a member of this group: it gives them Tasklist and its shared filters. */
  public static final String OFFICIALS = "officials";

  /**
   * Every official of an office (the committee's secretariat) is a member of this group too: it opens
   * Cockpit; which instances they see there comes from their office group (security/InstanceAccess).
   */
  public static final String SECRETARIAT = "secretariat";

  private TaskGroups() {}

  public static String organ(String committeeCode, Organ organ) {
    return organ(committeeCode, organ.key());
  }

  /** The group of the organ of kind {@code kindKey} ({@link OrganKind#key()}) of a committee. */
  public static String organ(String committeeCode, String kindKey) {
    return committeeCode + "." + kindKey;
  }

  public static String unit(String unitCode) {
    return UNIT_PREFIX + unitCode;
  }
}
