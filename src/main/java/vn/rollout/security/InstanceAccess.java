package vn.rollout.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.organisation.TaskGroups;

/**
 * Who sees a committee's process instance in Cockpit and through the REST API: the office (the
 * secretariat) of that committee and of every committee above it, so the central secretariat sees
 * every rollout, a province's secretariat its province's, a ward's office its ward's and its cells'.
 * Per-instance authorizations (READ on the process instance and on its history), not tenants: see
 * SECURITY.md, "Why per-instance authorizations".
 *
 * <p>The rollout pipeline calls {@link #grantToCommitteeChain} right after it starts a committee's
 * instance, in the same transaction.
 */
@Service
public class InstanceAccess {

  private final CommitteeDirectory committees;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;

  InstanceAccess(CommitteeDirectory committees, AuthorizationService authorizationService, IdentityService identityService) {
    this.committees = committees;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
  }

  /**
   * Lets the offices of {@code committeeCode} and of every committee above it read the process
   * instance and its history. Idempotent.
   *
   * @return the groups that may now read it, nearest first
   */
  public List<String> grantToCommitteeChain(String processInstanceId, String committeeCode) {
    List<String> offices = officesUpwards(committeeCode);
    grant(processInstanceId, offices);
    return offices;
  }

  /**
   * As {@link #grantToCommitteeChain}, for a process instance started in this transaction: nobody can
   * have been granted anything on it yet, so no grant is looked up before it is written.
   */
  public void grantToCommitteeChainOfNewInstance(String processInstanceId, String committeeCode) {
    write(processInstanceId, officesUpwards(committeeCode), SecurityGroups::grantNew);
  }

  private List<String> officesUpwards(String committeeCode) {
    return CommitteeChain.upwards(committees, committeeCode).stream()
        .map(committee -> committee.group(Role.OFFICE))
        .flatMap(Optional::stream)
        .toList();
  }

  /** Lets these groups read the process instance and its history. Idempotent. */
  public void grant(String processInstanceId, List<String> groupIds) {
    write(processInstanceId, groupIds, SecurityGroups::grant);
  }

  private void write(String processInstanceId, List<String> groupIds, Grant grant) {
    AsSystem.call(identityService, () -> {
      for (String groupId : groupIds) {
        grant.write(authorizationService, groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grant.write(authorizationService, groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }

  /** {@link SecurityGroups#grant} or {@link SecurityGroups#grantNew}. */
  @FunctionalInterface
  private interface Grant {
    void write(AuthorizationService authorizations, String groupId, Resource resource, String resourceId, Permission permission);
  }
}
