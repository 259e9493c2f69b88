package vn.rollout.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Jobs that belong to no process instance or definition (the history clean-up, a batch's jobs) are the
 * administrators'. Camunda 7.24 checks a job's permissions through its process instance or definition
 * and lets anyone read, change, run or delete a job that has neither ("standalone job: nothing to do"),
 * in its command checkers and in the SQL of its job, job log and incident queries alike. So every such
 * job is filed, when it is created ({@link GuardedJobManager}), under a process definition key that no
 * model can have, {@value #ADMINISTRATION_KEY} (not an XML name): Camunda's own checks then ask for
 * rights on that key, which only administrators hold ({@code ALL} on every definition). Jobs made before
 * this version are filed at start-up ({@link #fileExistingJobs}). A batch's job definitions, which no
 * command checks, are guarded where they are looked up ({@link GuardedJobDefinitionManager}).
 */
final class StandaloneJobs {

  /** The process definition key of jobs that belong to no process: no BPMN id can take this value. */
  static final String ADMINISTRATION_KEY = "#administration";

  private StandaloneJobs() {}

  /** Refuses the current command unless nobody is signed in (the engine itself) or an administrator is. */
  static void requireAdministrator(String what) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.isAuthorizationCheckEnabled()) {
      return;
    }
    Authentication caller = context.getAuthentication();
    if (caller != null && !context.getAuthorizationManager().isCamundaAdmin(caller)) {
      throw new AuthorizationException("Chỉ quản trị hệ thống được xem, thay đổi, chạy hoặc xóa " + what
          + " không thuộc hồ sơ quy trình nào. Only administrators may read, change, run or delete " + what
          + " that belong to no process instance.");
    }
  }

  /** Files the jobs (and their logs) made before this version, or by an engine without this plugin. */
  static void fileExistingJobs(DataSource dataSource, String tablePrefix) {
    try (Connection connection = dataSource.getConnection()) {
      for (String table : new String[] {"ACT_RU_JOB", "ACT_HI_JOB_LOG"}) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + tablePrefix + table
            + " SET PROCESS_DEF_KEY_ = ? WHERE PROCESS_DEF_KEY_ IS NULL AND PROCESS_INSTANCE_ID_ IS NULL")) {
          update.setString(1, ADMINISTRATION_KEY);
          update.executeUpdate();
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not file the jobs that belong to no process instance", e);
    }
  }
}
