package vn.rollout.security;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses a query sent from outside the engine (REST, the webapps, the product's {@code /api}) that
 * carries an expression anywhere, {@code orQueries} included. A query runs as a command of its own; one
 * that starts without a command context is ad hoc. Queries that the engine runs inside a command (a
 * filter's stored query) are the filter's business: {@link ExpressionFreeFilters}.
 */
final class AdhocQueryExpressionGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  AdhocQueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query && Context.getCommandContext() == null
        && !configuration.isEnableExpressionsInAdhocQueries() && QueryExpressions.carryExpressions(query)) {
      throw QueryExpressions.refused();
    }
    return next.execute(command);
  }
}
