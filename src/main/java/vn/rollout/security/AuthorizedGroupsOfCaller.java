package vn.rollout.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager (one per command), with the caller's groups narrowed by lookup.
 *
 * <p>Before every authorization check Camunda 7 narrows the caller's groups to those that have at
 * least one authorization, and it does so by loading the id of <em>every</em> group that has one
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}), once per command. Here every task's
 * candidate group gets authorizations on it and the organisation has four groups per committee, so
 * at national scale that is hundreds of thousands of ids per Tasklist request (BENCHMARKS.md,
 * Tasklist). This manager asks the same question for the caller's few groups instead, one index
 * lookup each ({@code ACT_IDX_AUTH_GROUP_ID}); the answer, and so every check, is the same.
 *
 * <p>The engine has one authorization manager: security's {@code TaskLocalHistoricVariables} extends
 * this one and is the one {@code security/EngineHardening} registers (Camunda's custom session factories).
 */
public class AuthorizedGroupsOfCaller extends AuthorizationManager {

  private List<String> askedFor;
  private List<String> withAuthorizations;

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return new ArrayList<>();
    }
    if (!authenticatedGroupIds.equals(askedFor)) {
      withAuthorizations = lookUp(authenticatedGroupIds);
      askedFor = List.copyOf(authenticatedGroupIds);
    }
    return new ArrayList<>(withAuthorizations);
  }

  private static List<String> lookUp(List<String> groupIds) {
    String table = Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 1 FROM " + table + " WHERE GROUP_ID_ = ? FETCH FIRST 1 ROWS ONLY")) {
      for (String groupId : groupIds.stream().filter(Objects::nonNull).distinct().toList()) {
        statement.setString(1, groupId);
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) {
            found.add(groupId);
          }
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not look up the authorized groups of the caller", e);
    }
    return found;
  }
}
