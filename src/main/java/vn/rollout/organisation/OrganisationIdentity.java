package vn.rollout.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisation in Camunda's identity service: every organ of a committee and every unit is a
 * group with its Vietnamese name, every official a user who is a member of their organ's or unit's
 * group and of {@value TaskGroups#OFFICIALS}. Everything is written through the
 * {@link IdentityService}, so that the engine's id rules, password hashing and default authorizations
 * apply; inside a Spring transaction each call joins it.
 */
@Component
class OrganisationIdentity {

  static final String ORGAN_GROUP_TYPE = "organ";
  static final String UNIT_GROUP_TYPE = "unit";
  static final String OFFICIALS_GROUP_TYPE = "WORKFLOW";
  static final String OFFICIALS_GROUP_NAME = "Cán bộ";

  /** Camunda's identity as it is before an import: groups and users by id, and each user's group ids. */
  record IdentityState(Map<String, Group> groups, Map<String, User> users, Map<String, Set<String>> memberships) {}

  private record GroupSpec(String id, String name, String type) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final String membershipTable;
  private final boolean passwordPolicy;

  OrganisationIdentity(IdentityService identityService, JdbcTemplate jdbc, ProcessEngineConfigurationImpl configuration) {
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.membershipTable = configuration.getDatabaseTablePrefix() + "ACT_ID_MEMBERSHIP";
    this.passwordPolicy = configuration.isEnablePasswordPolicy();
  }

  /**
   * Loads the identity in three statements. Camunda's API has no query for memberships as such (only
   * per user or per group), so they are read from its documented table {@code ACT_ID_MEMBERSHIP}.
   */
  IdentityState load() {
    Map<String, Group> groups = identityService.createGroupQuery().unlimitedList().stream()
        .collect(Collectors.toMap(Group::getId, Function.identity()));
    Map<String, User> users = identityService.createUserQuery().unlimitedList().stream()
        .collect(Collectors.toMap(User::getId, Function.identity()));
    Map<String, Set<String>> memberships = new HashMap<>();
    jdbc.query("SELECT USER_ID_, GROUP_ID_ FROM " + membershipTable, rs -> {
      memberships.computeIfAbsent(rs.getString(1), user -> new HashSet<>()).add(rs.getString(2));
    });
    return new IdentityState(groups, users, memberships);
  }

  /** Creates the group of every official if it is missing. */
  void ensureOfficialsGroup() {
    Group group = identityService.createGroupQuery().groupId(TaskGroups.OFFICIALS).singleResult();
    ensure(new GroupSpec(TaskGroups.OFFICIALS, OFFICIALS_GROUP_NAME, OFFICIALS_GROUP_TYPE), group);
  }

  /** Brings the identity of the plan's committees, units and officials up to date; what is already right is not written. */
  void write(ImportPlan plan, IdentityState state, String initialPassword) {
    Map<String, GroupSpec> groups = expectedGroups(plan);
    groups.values().forEach(spec -> ensure(spec, state.groups().get(spec.id())));

    for (Official official : plan.officials()) {
      user(official, state.users().get(official.username()), initialPassword);
      Set<String> current = state.memberships().getOrDefault(official.username(), Set.of());
      String taskGroup = official.taskGroup();
      for (String group : current) {
        if (!group.equals(taskGroup) && isTaskGroup(state.groups().get(group))) {
          identityService.deleteMembership(official.username(), group);
        }
      }
      for (String group : new String[] {taskGroup, TaskGroups.OFFICIALS}) {
        if (!current.contains(group)) {
          identityService.createMembership(official.username(), group);
        }
      }
      // the office of a committee is its secretariat: it monitors its subtree in Cockpit (SECURITY.md)
      boolean office = Organ.OFFICE.key().equals(official.role());
      if (office && !current.contains(TaskGroups.SECRETARIAT)) {
        identityService.createMembership(official.username(), TaskGroups.SECRETARIAT);
      } else if (!office && current.contains(TaskGroups.SECRETARIAT)) {
        identityService.deleteMembership(official.username(), TaskGroups.SECRETARIAT);
      }
    }

    for (Committee committee : plan.committees()) {
      Committee before = plan.stored().committees().get(committee.code());
      if (before == null) {
        continue;
      }
      for (Organ organ : before.organs()) {
        String group = TaskGroups.organ(committee.code(), organ);
        if (!committee.has(organ) && state.groups().containsKey(group)) {
          identityService.deleteGroup(group);
        }
      }
    }
  }

  /**
   * The groups of the plan's committees and units, the group of each of its officials (which may
   * belong to a committee or unit imported earlier), and {@value TaskGroups#OFFICIALS}.
   */
  private Map<String, GroupSpec> expectedGroups(ImportPlan plan) {
    Map<String, GroupSpec> groups = new LinkedHashMap<>();
    for (Committee committee : plan.committees()) {
      committee.organs().forEach(organ -> put(groups, organGroup(committee, organ)));
    }
    plan.units().forEach(unit -> put(groups, unitGroup(unit)));
    if (!plan.officials().isEmpty()) {
      Map<String, Committee> committees = new HashMap<>(plan.stored().committees());
      plan.committees().forEach(committee -> committees.put(committee.code(), committee));
      Map<String, Unit> units = new HashMap<>(plan.stored().units());
      plan.units().forEach(unit -> units.put(unit.code(), unit));
      for (Official official : plan.officials()) {
        if (!groups.containsKey(official.taskGroup())) {
          put(groups, Organ.ofKey(official.role())
              .map(organ -> organGroup(committees.get(official.committeeCode()), organ))
              .orElseGet(() -> unitGroup(units.get(official.role()))));
        }
      }
      put(groups, new GroupSpec(TaskGroups.OFFICIALS, OFFICIALS_GROUP_NAME, OFFICIALS_GROUP_TYPE));
    }
    return groups;
  }

  private static void put(Map<String, GroupSpec> groups, GroupSpec spec) {
    groups.put(spec.id(), spec);
  }

  private static GroupSpec organGroup(Committee committee, Organ organ) {
    return new GroupSpec(TaskGroups.organ(committee.code(), organ), organ.labelIn(committee.name()) + " " + committee.name(), ORGAN_GROUP_TYPE);
  }

  private static GroupSpec unitGroup(Unit unit) {
    return new GroupSpec(TaskGroups.unit(unit.code()), unit.name(), UNIT_GROUP_TYPE);
  }

  private void ensure(GroupSpec spec, Group existing) {
    if (existing != null && spec.name().equals(existing.getName()) && spec.type().equals(existing.getType())) {
      return;
    }
    Group group = existing != null ? existing : identityService.newGroup(spec.id());
    group.setName(spec.name());
    group.setType(spec.type());
    identityService.saveGroup(group);
  }

  private void user(Official official, User existing, String initialPassword) {
    OfficialName name = OfficialName.of(official.fullName());
    if (existing != null && name.familyAndMiddle().equals(existing.getFirstName())
        && name.given().equals(existing.getLastName()) && official.email().equals(existing.getEmail())) {
      return;
    }
    User user = existing != null ? existing : identityService.newUser(official.username());
    user.setFirstName(name.familyAndMiddle());
    user.setLastName(name.given());
    user.setEmail(official.email());
    if (existing == null) {
      user.setPassword(initialPassword != null ? initialPassword : unusablePassword(user));
    }
    identityService.saveUser(user);
  }

  /**
   * A random password that nobody knows, for an official created without an initial password: they
   * cannot log in until an administrator sets their password. (Camunda fails with an error, not a
   * refusal, when someone tries to log in as a user who has no password at all.)
   */
  private String unusablePassword(User user) {
    byte[] bytes = new byte[24];
    while (true) {
      RANDOM.nextBytes(bytes);
      String password = "Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (!passwordPolicy || identityService.checkPasswordAgainstPolicy(password, user).isValid()) {
        return password;
      }
    }
  }

  /** Whether the initial password passes Camunda's password policy for this official as a new user. */
  boolean allowsInitialPassword(Official official, String initialPassword) {
    OfficialName name = OfficialName.of(official.fullName());
    User user = identityService.newUser(official.username());
    user.setFirstName(name.familyAndMiddle());
    user.setLastName(name.given());
    user.setEmail(official.email());
    return identityService.checkPasswordAgainstPolicy(initialPassword, user).isValid();
  }

  private static boolean isTaskGroup(Group group) {
    return group != null && (Objects.equals(group.getType(), ORGAN_GROUP_TYPE) || Objects.equals(group.getType(), UNIT_GROUP_TYPE));
  }
}
