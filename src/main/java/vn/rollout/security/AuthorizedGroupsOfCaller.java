package vn.rollout.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager (one per command), with the caller's groups taken as they are.
 *
 * <p>Before every authorization check Camunda 7 narrows the caller's groups to those that have at
 * least one authorization, by loading the id of <em>every</em> group that has one ({@code SELECT
 * DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}), once per command: hundreds of thousands of ids per
 * Tasklist request at national scale, where the organisation has four groups per committee
 * (BENCHMARKS.md, Tasklist). The narrowing only shortens the {@code GROUP_ID_ IN (…)} lists of the
 * checks' SQL, for directories where a user belongs to hundreds of groups without authorizations:
 * a group without an authorization matches no row of {@code ACT_RU_AUTHORIZATION}, grant or revoke,
 * so leaving it in changes no answer. Here an official belongs to a handful of groups, nearly all
 * with authorizations (every organ's group has them), so this manager keeps the caller's groups as
 * they are, without nulls or repeats, and asks the database nothing: a Tasklist request runs one
 * statement fewer per group and per command (BENCHMARKS.md, "Tasklist while the cascade runs: garbage
 * collection, revoke checks and statements per request").
 *
 * <p>The engine has one authorization manager: security's {@code TaskLocalHistoricVariables} extends
 * this one and is the one {@code security/EngineHardening} registers (Camunda's custom session factories).
 */
public class AuthorizedGroupsOfCaller extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    // a mutable list, as Camunda's own: MyBatis reads it by reflection
    return authenticatedGroupIds == null ? new ArrayList<>()
        : new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList());
  }
}
