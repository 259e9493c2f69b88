package vn.rollout.e2e.support;

import java.util.Map;

/** Users and group memberships, created through the REST API by an administrator, as Admin would. */
public final class Identity {

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

  public void addMember(String groupId, String userId) {
    admin.put("/group/" + EngineRest.encode(groupId) + "/members/" + EngineRest.encode(userId), Map.of()).expect(204);
  }
}
