package vn.rollout.e2e.support;

/** A user's id and password, as typed into the login form or sent with HTTP Basic. */
public record Credentials(String id, String password) {

  /** The demo administrator of the default profile. */
  public static final Credentials ADMIN = new Credentials("admin", "TrienKhai@2026");
}
