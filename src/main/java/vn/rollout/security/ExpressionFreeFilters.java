package vn.rollout.security;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * The engine's filter service, with two checks. Filters are stored task queries whose expressions run
 * ({@code enableExpressionsInStoredQueries=true}, so that the product's own filters can say
 * {@code ${currentUser()}}): only the product itself, running without a signed-in user, saves a filter
 * that carries {@code ${} or {@code #{} (see {@code ProductFilters}); anyone signed in (an official in
 * Tasklist, an administrator through REST) is refused with 400. And a query that extends a filter
 * ({@code POST /filter/{id}/list}) is ad hoc: no expressions in it, {@code orQueries} included.
 */
final class ExpressionFreeFilters extends FilterServiceImpl {

  private final IdentityService identityService;

  ExpressionFreeFilters(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Filter saveFilter(Filter filter) {
    if (identityService.getCurrentAuthentication() != null && carriesExpression(filter)) {
      throw new BadUserRequestException("Bộ lọc không được chứa biểu thức (${…} hoặc #{…}): chỉ các bộ lọc do hệ thống "
          + "tạo sẵn mới dùng biểu thức. A filter may not carry expressions (${…} or #{…}); see SECURITY.md");
    }
    return super.saveFilter(filter);
  }

  static boolean carriesExpression(Filter filter) {
    if (filter instanceof FilterEntity entity) {
      return Stream.of(entity.getName(), entity.getOwner(), entity.getQueryInternal(), entity.getPropertiesInternal())
          .anyMatch(ExpressionPolicy::isExpression);
    }
    return ExpressionPolicy.isExpression(filter.getName()) || QueryExpressions.carryExpressions(filter.getQuery());
  }

  private static void checkExtending(Query<?, ?> extendingQuery) {
    if (extendingQuery != null && QueryExpressions.carryExpressions(extendingQuery)) {
      throw QueryExpressions.refused();
    }
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
    checkExtending(extendingQuery);
    return super.list(filterId, extendingQuery);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult, int maxResults) {
    checkExtending(extendingQuery);
    return super.listPage(filterId, extendingQuery, firstResult, maxResults);
  }

  @Override
  public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
    checkExtending(extendingQuery);
    return super.singleResult(filterId, extendingQuery);
  }

  @Override
  public Long count(String filterId, Query<?, ?> extendingQuery) {
    checkExtending(extendingQuery);
    return super.count(filterId, extendingQuery);
  }
}
