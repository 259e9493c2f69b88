package vn.rollout.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import vn.rollout.organisation.TaskGroups;

/**
 * The groups of the security model that are not part of the organisation, created at start-up with
 * their rights (idempotent: an existing group or grant is left as it is). Members are added in Admin.
 * <ul>
 *   <li>{@value #PROCESS_OWNERS}: deploy, redeploy and delete deployments (Camunda Modeler's deploy
 *       dialog, with their own credentials), read the definitions, see them in Cockpit.</li>
 *   <li>{@value #MONITORING}: no right in the engine; the details of the health endpoint.</li>
 *   <li>{@value #SECRETARIAT}: open Cockpit and read the definitions. Which rollout instances a member
 *       sees there comes from the office groups they belong to ({@link InstanceAccess}).</li>
 * </ul>
 */
public final class SecurityGroups {

  public static final String PROCESS_OWNERS = "process-owners";
  public static final String PROCESS_OWNERS_NAME = "Quản lý quy trình (triển khai mô hình)";
  public static final String SECRETARIAT = TaskGroups.SECRETARIAT;
  public static final String SECRETARIAT_NAME = "Văn phòng cấp ủy – theo dõi quy trình";
  public static final String COCKPIT = "cockpit";
  /** Monitoring accounts: the details of {@code /actuator/health} (and, as any signed-in user, Prometheus). */
  public static final String MONITORING = "monitoring";
  public static final String MONITORING_NAME = "Giám sát vận hành hệ thống";

  private SecurityGroups() {}

  static void ensure(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();

    group(identity, PROCESS_OWNERS, PROCESS_OWNERS_NAME);
    grant(authorizations, PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.ALL);
    grant(authorizations, PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(authorizations, PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(authorizations, PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(authorizations, PROCESS_OWNERS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);

    group(identity, MONITORING, MONITORING_NAME);

    group(identity, SECRETARIAT, SECRETARIAT_NAME);
    grant(authorizations, SECRETARIAT, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(authorizations, SECRETARIAT, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
  }

  private static void group(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }

  static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission permission) {
    boolean exists = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .count() > 0;
    if (!exists) {
      grantNew(authorizations, groupId, resource, resourceId, permission);
    }
  }

  /** Writes the grant without looking for one first: for a resource created in this transaction. */
  static void grantNew(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
