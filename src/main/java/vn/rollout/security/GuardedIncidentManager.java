package vn.rollout.security;

import java.util.List;
import org.camunda.bpm.engine.impl.IncidentQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentManager;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * The engine's incident manager. Camunda 7.24's incident query shows every incident without a process
 * definition to anyone signed in ("standalone": a failed job of the history clean-up or of a batch,
 * with its error message). For a signed-in caller who is not an administrator, the query is kept to the
 * incidents of the deployed process definitions, which Camunda then checks as usual; the others are the
 * administrators' ({@link StandaloneJobs}).
 */
final class GuardedIncidentManager extends IncidentManager {

  @Override
  public long findIncidentCountByQueryCriteria(IncidentQueryImpl query) {
    return withinProcessDefinitions(query) ? super.findIncidentCountByQueryCriteria(query) : 0;
  }

  @Override
  public List<Incident> findIncidentByQueryCriteria(IncidentQueryImpl query, Page page) {
    return withinProcessDefinitions(query) ? super.findIncidentByQueryCriteria(query, page) : List.of();
  }

  /** Narrows the query for a caller who may not see standalone incidents; false when nothing can be left. */
  private boolean withinProcessDefinitions(IncidentQueryImpl query) {
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    if (caller == null || !context.isAuthorizationCheckEnabled() || context.getAuthorizationManager().isCamundaAdmin(caller)
        || query.getProcessDefinitionKeys() != null) {
      return true;
    }
    ProcessDefinitionQueryImpl latest = new ProcessDefinitionQueryImpl();
    latest.latestVersion();
    String[] keys = context.runWithoutAuthorization(() -> context.getProcessDefinitionManager()
        .findProcessDefinitionsByQueryCriteria(latest, new Page(0, Integer.MAX_VALUE)).stream()
        .map(ProcessDefinition::getKey).distinct().toArray(String[]::new));
    if (keys.length == 0) {
      return false;
    }
    query.processDefinitionKeyIn(keys);
    return true;
  }
}
