package vn.rollout.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;

/**
 * Committees, groups and officials for the security tests, made as the organisation import will make
 * them (committee rows, one Camunda group per organ {@code <committee>.<organ key>}, users with
 * memberships). Codes carry a number unique in the test JVM, so tests that share the application
 * context never meet each other's data.
 */
final class SecurityFixture {

  /** Every test user's password: passes Camunda's password policy. */
  static final String PASSWORD = "Kiem-tra@2026";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  SecurityFixture(JdbcClient jdbc, IdentityService identity, AuthorizationService authorizations) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  /** A committee row with its organs, and a Camunda group for each organ. */
  String committee(String prefix, String name, String parentCode, Organ... organs) {
    String code = unique(prefix);
    int depth = parentCode == null ? 0
        : jdbc.sql("SELECT depth FROM committee WHERE code = :code").param("code", parentCode).query(Integer.class).single() + 1;
    jdbc.sql("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (:code, :name, :symbol, :parent, :depth)")
        .param("code", code)
        .param("name", name)
        .param("symbol", depth == 0 ? "TW" : depth == 1 ? "TU" : "ĐU")
        .param("parent", parentCode)
        .param("depth", depth)
        .update();
    for (Organ organ : organs) {
      jdbc.sql("INSERT INTO committee_organ (committee_code, organ) VALUES (:code, :organ)")
          .param("code", code)
          .param("organ", organ.key())
          .update();
      group(TaskGroups.organ(code, organ), organ.label() + " " + name);
    }
    return code;
  }

  void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  /** A user with the test password, member of these groups. */
  String user(String prefix, String... groupIds) {
    String id = unique(prefix);
    User user = identity.newUser(id);
    user.setFirstName("Cán bộ");
    user.setLastName(id);
    user.setEmail(id + "@rollout.test");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String groupId : groupIds) {
      identity.createMembership(id, groupId);
    }
    return id;
  }

  Authorization grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    return grant(userId, null, resource, resourceId, permissions);
  }

  Authorization grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return grant(null, groupId, resource, resourceId, permissions);
  }

  private Authorization grant(String userId, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    return authorizations.saveAuthorization(authorization);
  }
}
