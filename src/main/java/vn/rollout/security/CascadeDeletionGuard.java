package vn.rollout.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The engine's repository service, with one check. Deleting a deployment with {@code cascade} deletes
 * every process instance of its definitions, running or finished, and their history, and Camunda asks
 * only for DELETE on the deployment, which process owners have. Deleting a deployment's rollouts is the
 * administrator's decision: a signed-in user outside {@code camunda-admin} may delete a deployment only
 * without cascade (the engine then refuses while instances run).
 */
final class CascadeDeletionGuard extends RepositoryServiceImpl {

  private final IdentityService identityService;

  CascadeDeletionGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  private void check(boolean cascade) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (cascade && caller != null) {
      List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      if (!groups.contains(Groups.CAMUNDA_ADMIN)) {
        throw new AuthorizationException("Chỉ quản trị hệ thống được xóa bản triển khai cùng các hồ sơ quy trình và lịch sử "
            + "của nó. Only administrators delete a deployment with cascade (its process instances and history).");
      }
    }
  }

  @Override
  public void deleteDeploymentCascade(String deploymentId) {
    check(true);
    super.deleteDeploymentCascade(deploymentId);
  }

  @Override
  public void deleteDeployment(String deploymentId, boolean cascade) {
    check(cascade);
    super.deleteDeployment(deploymentId, cascade);
  }

  @Override
  public void deleteDeployment(String deploymentId, boolean cascade, boolean skipCustomListeners) {
    check(cascade);
    super.deleteDeployment(deploymentId, cascade, skipCustomListeners);
  }

  @Override
  public void deleteDeployment(String deploymentId, boolean cascade, boolean skipCustomListeners, boolean skipIoMappings) {
    check(cascade);
    super.deleteDeployment(deploymentId, cascade, skipCustomListeners, skipIoMappings);
  }
}
