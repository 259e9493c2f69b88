package vn.rollout.security;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The engine's authorization manager (the product's, {@link AuthorizedGroupsOfCaller}), with one
 * correction. With historic instance permissions on,
 * Camunda 7.24 lets the holder of READ on any historic task of a process instance read every historic
 * variable and variable change of that instance: its query joins the historic tasks on the process
 * instance ({@code TI.PROC_INST_ID_ = RES.PROC_INST_ID_}) and checks the permission on the joined task
 * ({@code TI.ID_}). An official who ever had one task of a rollout would read the other organs' form data.
 * Here the task permission is checked on the variable's own task ({@code RES.TASK_ID_}): an official
 * reads in history the variables local to their own tasks; everything else of an instance needs READ on
 * the historic process instance (the secretariat's grants, {@link InstanceAccess}) or READ_HISTORY on
 * its definition.
 *
 * <p>The column is the permission check's parameter, which Camunda's SQL reads only in its check
 * written per permission (the one it uses when revoking authorizations exist); its faster join on the
 * authorization table has the joined task hard-coded. So these two queries, and only they, always take
 * the check per permission.
 */
final class TaskLocalHistoricVariables extends AuthorizedGroupsOfCaller {

  static final String JOINED_TASK = "TI.ID_";
  static final String OWN_TASK = "RES.TASK_ID_";

  @Override
  protected void configureHistoricVariableAndDetailQuery(AbstractQuery query) {
    super.configureHistoricVariableAndDetailQuery(query);
    AuthorizationCheck authCheck = query.getAuthCheck();
    for (PermissionCheck check : authCheck.getPermissionChecks().getAllPermissionChecks()) {
      if (JOINED_TASK.equals(check.getResourceIdQueryParam())) {
        check.setResourceIdQueryParam(OWN_TASK);
        authCheck.setRevokeAuthorizationCheckEnabled(true);
      }
    }
  }
}
