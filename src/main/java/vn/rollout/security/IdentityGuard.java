package vn.rollout.security;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import vn.rollout.organisation.PersonFields;

/**
 * The engine's identity service, saving a user as the organisation import saves an official: when
 * someone signed in saves a user (Admin, the profile page of Tasklist and Admin, {@code PUT
 * /user/{id}/profile}, {@code POST /user/create}), the names and the email must pass
 * {@link PersonFields}, and a password that breaks the policy is a 400 naming the policy's rules, not
 * Camunda's 500. The engine's own saves (the administrator from configuration at start-up) are not
 * signed in and unaffected.
 *
 * <p>It also keeps {@link RecentBasicCallers} true: a wrong password forgets that user's remembered REST
 * calls (so the login delay and lock-out apply to the next one), and every change to users, groups,
 * memberships or tenants forgets everyone.
 */
final class IdentityGuard extends IdentityServiceImpl {

  static final String POLICY_REFUSED = "Password does not match policy";

  private final RecentBasicCallers recentCallers;

  IdentityGuard(RecentBasicCallers recentCallers) {
    this.recentCallers = recentCallers;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    boolean accepted = super.checkPassword(userId, password);
    if (!accepted) {
      recentCallers.forget(userId);
    }
    return accepted;
  }

  @Override
  public void saveUser(User user, boolean skipPasswordPolicy) {
    if (getCurrentAuthentication() != null) {
      PersonFields.nameProblem("firstName", user.getFirstName(), PersonFields.MAX)
          .or(() -> PersonFields.nameProblem("lastName", user.getLastName(), PersonFields.MAX))
          .or(() -> PersonFields.emailProblem("email", user.getEmail()))
          .ifPresent(problem -> {
            throw new BadUserRequestException("Thông tin cán bộ không hợp lệ: " + problem + ".");
          });
    }
    try {
      super.saveUser(user, skipPasswordPolicy);
      recentCallers.forgetAll();
    } catch (ProcessEngineException e) {
      if (!POLICY_REFUSED.equals(e.getMessage())) {
        throw e;
      }
      throw new BadUserRequestException("Mật khẩu mới chưa đạt quy định: " + rules() + ". The password does not "
          + "match the policy (" + getPasswordPolicy().getRules().stream().map(PasswordPolicyRule::getPlaceholder)
          .collect(Collectors.joining(", ")) + ").", e);
    }
  }

  @Override
  public void deleteUser(String userId) {
    super.deleteUser(userId);
    recentCallers.forgetAll();
  }

  @Override
  public void deleteGroup(String groupId) {
    super.deleteGroup(groupId);
    recentCallers.forgetAll();
  }

  @Override
  public void createMembership(String userId, String groupId) {
    super.createMembership(userId, groupId);
    recentCallers.forgetAll();
  }

  @Override
  public void deleteMembership(String userId, String groupId) {
    super.deleteMembership(userId, groupId);
    recentCallers.forgetAll();
  }

  @Override
  public void deleteTenant(String tenantId) {
    super.deleteTenant(tenantId);
    recentCallers.forgetAll();
  }

  @Override
  public void createTenantUserMembership(String tenantId, String userId) {
    super.createTenantUserMembership(tenantId, userId);
    recentCallers.forgetAll();
  }

  @Override
  public void createTenantGroupMembership(String tenantId, String groupId) {
    super.createTenantGroupMembership(tenantId, groupId);
    recentCallers.forgetAll();
  }

  @Override
  public void deleteTenantUserMembership(String tenantId, String userId) {
    super.deleteTenantUserMembership(tenantId, userId);
    recentCallers.forgetAll();
  }

  @Override
  public void deleteTenantGroupMembership(String tenantId, String groupId) {
    super.deleteTenantGroupMembership(tenantId, groupId);
    recentCallers.forgetAll();
  }

  /** The policy's rules in Vietnamese, with their figures. */
  private String rules() {
    return getPasswordPolicy().getRules().stream().map(rule -> rule(rule.getPlaceholder(), rule.getParameters()))
        .collect(Collectors.joining("; "));
  }

  private static String rule(String placeholder, Map<String, String> parameters) {
    return switch (placeholder.replace("PASSWORD_POLICY_", "")) {
      case "LENGTH" -> "ít nhất " + parameters.get("minLength") + " ký tự";
      case "LOWERCASE" -> "ít nhất " + parameters.get("minLowerCase") + " chữ thường";
      case "UPPERCASE" -> "ít nhất " + parameters.get("minUpperCase") + " chữ hoa";
      case "DIGIT" -> "ít nhất " + parameters.get("minDigit") + " chữ số";
      case "SPECIAL" -> "ít nhất " + parameters.get("minSpecial") + " ký tự đặc biệt";
      case "USER_DATA" -> "không chứa họ tên, tên đăng nhập hay email của chính mình";
      default -> placeholder;
    };
  }
}
