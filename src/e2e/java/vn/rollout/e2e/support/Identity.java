package vn.rollout.e2e.support;

import java.util.List;
import java.util.Map;

/** Users, groups and authorizations, created through the REST API by an administrator, as Admin would. */
public final class Identity {

  /** Camunda's resource type ids ({@code org.camunda.bpm.engine.authorization.Resources}). */
  public static final int APPLICATION = 0;
  public static final int DEPLOYMENT = 9;

  private static final int GRANT = 1;

  private final EngineRest admin;

  public Identity(EngineRest admin) {
    this.admin = admin;
  }

  public Credentials createUser(String id, String password, String firstName, String lastName) {
    admin.post("/user/create", Map.of(
            "profile", Map.of("id", id, "firstName", firstName, "lastName", lastName, "email", id + "@example.vn"),
            "credentials", Map.of("password", password)))
        .expect(204);
    return new Credentials(id, password);
  }

  public boolean groupExists(String id) {
    return admin.get("/group/" + EngineRest.encode(id)).status() == 200;
  }

  public void createGroup(String id, String name) {
    admin.post("/group/create", Map.of("id", id, "name", name, "type", "WORKFLOW")).expect(204);
  }

  public void addMember(String groupId, String userId) {
    admin.put("/group/" + EngineRest.encode(groupId) + "/members/" + EngineRest.encode(userId), Map.of()).expect(204);
  }

  /** Grants a group the permissions on every resource of a type. */
  public void grantGroup(String groupId, int resourceType, String... permissions) {
    admin.post("/authorization/create", Map.of(
            "type", GRANT,
            "permissions", List.of(permissions),
            "groupId", groupId,
            "resourceType", resourceType,
            "resourceId", "*"))
        .expect(200);
  }
}
