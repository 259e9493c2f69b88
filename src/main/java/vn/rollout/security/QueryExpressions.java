package vn.rollout.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;

/**
 * Expressions in task queries are code ({@code ${someBean.doSomething()}} runs when the query runs).
 * The engine refuses them in ad-hoc queries ({@code enableExpressionsInAdhocQueries=false}), but checks
 * only a query's own criteria, not those of its {@code orQueries}; these helpers look at every part.
 */
final class QueryExpressions {

  private QueryExpressions() {}

  static boolean carryExpressions(Query<?, ?> query) {
    if (query instanceof TaskQueryImpl task) {
      return task.getQueries().stream().anyMatch(part -> !part.getExpressions().isEmpty());
    }
    return query instanceof AbstractQuery<?, ?> other && !other.getExpressions().isEmpty();
  }

  static BadUserRequestException refused() {
    return new BadUserRequestException("Expressions are forbidden in ad-hoc queries, also inside orQueries "
        + "(${…} and #{…} run only in the product's own filters; see SECURITY.md)");
  }
}
