package vn.rollout.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.Role;
import vn.rollout.organisation.TaskGroups;

/**
 * Who may read a committee's data through {@code /api}: the members of an organ of that committee or
 * of any committee above it, and administrators. The office reads its subtree's programme items and
 * monitoring ({@link Role#OFFICE}), the organisation board its subtree's evaluation figures
 * ({@link Role#EVALUATION}): the organ that plays the role in the committee (organisation.OrganKind). The caller is the engine's current authentication, which
 * {@code RestAuthenticationConfiguration} sets for every {@code /api} request; code running without one
 * (a job, start-up) is the system and may read everything. (The bean keeps the name it had when
 * features had checks of their own.)
 */
@Service("organCommitteeAccess")
public class CommitteeAccess {

  private final CommitteeDirectory committees;
  private final IdentityService identityService;

  CommitteeAccess(CommitteeDirectory committees, IdentityService identityService) {
    this.committees = committees;
    this.identityService = identityService;
  }

  /**
   * @throws AuthorizationException (403 in {@code /api}) unless the caller is a member of the organ playing
   *     {@code role} in the committee or in a committee above it, or an administrator
   */
  public void require(Role role, String committeeCode) {
    if (!mayRead(role, committeeCode)) {
      String organ = committees.find(committeeCode).flatMap(committee -> committee.organName(role))
          .orElse("cơ quan làm công tác " + role.label() + " của cấp ủy đó");
      throw new AuthorizationException("Đồng chí không có quyền xem dữ liệu của cấp ủy này (cần thuộc " + organ
          + " hoặc cơ quan làm công tác " + role.label() + " của cấp ủy cấp trên).");
    }
  }

  /**
   * @throws AuthorizationException (403 in {@code /api}) unless the caller is a member of any organ of the
   *     committee or of a committee above it, or an administrator
   */
  public void requireMember(String committeeCode) {
    if (!mayRead(committee -> committee.organGroups(), committeeCode)) {
      throw new AuthorizationException("Đồng chí không có quyền xem dữ liệu của cấp ủy này (cần thuộc một cơ quan "
          + "của cấp ủy đó hoặc cấp ủy cấp trên).");
    }
  }

  /** Whether the caller is a member of any organ of the committee or of a committee above it, or an administrator. */
  public boolean mayReadAsMember(String committeeCode) {
    return mayRead(committee -> committee.organGroups(), committeeCode);
  }

  /** Whether the caller is a member of the group (or the system, or an administrator). */
  public boolean inGroup(String groupId) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(groupId);
  }

  /**
   * For what a committee sends down its whole subtree, a resolution (its text, its deadlines at every
   * level, its files): whoever takes part in it.
   *
   * @throws AuthorizationException (403 in {@code /api}) unless the caller belongs to an organ or unit of a
   *     committee in the subtree of {@code rootCode} or above it, or is an administrator
   */
  public void requireInTree(String rootCode) {
    if (mayReadAsMember(rootCode)) {
      return;
    }
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    for (String group : groups) {
      Optional<String> committee = group.startsWith(TaskGroups.UNIT_PREFIX)
          ? committees.unitCommittee(group.substring(TaskGroups.UNIT_PREFIX.length()))
          : organsCommittee(group);
      if (committee.isPresent()
          && CommitteeChain.upwards(committees, committee.get()).stream().anyMatch(c -> c.code().equals(rootCode))) {
        return;
      }
    }
    throw new AuthorizationException("Đồng chí không có quyền xem nghị quyết này (cần thuộc một cơ quan, đơn vị của "
        + "cấp ủy ban hành, của cấp trên hoặc của một cấp dưới của cấp ủy đó).");
  }

  /**
   * Where the caller stands, for a listing that must show what {@link #requireInTree} lets through:
   * empty for an administrator or the system (everything).
   *
   * @see TreeScope
   */
  public Optional<TreeScope> treeScope() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return Optional.empty();
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return Optional.empty();
    }
    Set<String> organs = new java.util.TreeSet<>();
    Set<String> anchors = new java.util.TreeSet<>();
    for (String group : groups) {
      if (group.startsWith(TaskGroups.UNIT_PREFIX)) {
        committees.unitCommittee(group.substring(TaskGroups.UNIT_PREFIX.length())).ifPresent(anchors::add);
      } else {
        organsCommittee(group).ifPresent(code -> {
          organs.add(code);
          anchors.add(code);
        });
      }
    }
    return Optional.of(new TreeScope(Set.copyOf(organs), Set.copyOf(anchors)));
  }

  /**
   * The committees a caller stands in: a committee's resolution is theirs to read when it is one of
   * {@code organCommittees} or below one (a member of an organ reads its committee's subtree), or one of
   * {@code anchorCommittees} or above one (an organ's or a unit's committee reads what its superiors send down).
   */
  public record TreeScope(Set<String> organCommittees, Set<String> anchorCommittees) {}

  /** The committee whose organ the group is ({@code <committee>.<organ kind>}), if it is one. */
  private Optional<String> organsCommittee(String group) {
    int dot = group.lastIndexOf('.');
    return dot <= 0 ? Optional.empty() : committees.find(group.substring(0, dot))
        .filter(own -> own.organGroups().contains(group)).map(Committee::code);
  }

  /** Whether the caller is a member of the organ playing {@code role} in the committee or a committee above it, or an administrator. */
  public boolean mayRead(Role role, String committeeCode) {
    return mayRead(committee -> committee.group(role).stream().toList(), committeeCode);
  }

  private boolean mayRead(Function<Committee, List<String>> organGroups, String committeeCode) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return true;
    }
    Set<String> groups = Set.copyOf(caller.getGroupIds() == null ? List.of() : caller.getGroupIds());
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    return CommitteeChain.upwards(committees, committeeCode).stream()
        .anyMatch(committee -> organGroups.apply(committee).stream().anyMatch(groups::contains));
  }
}
