package vn.rollout.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product's own figures for Prometheus, read from the domain tables at each scrape (so they are
 * the whole cluster's): rollouts started, and programme items past their deadline and not done.
 */
@Component
class ProductMetrics implements MeterBinder {

  private final JdbcClient jdbc;

  ProductMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("rollout.rollouts.started", jdbc,
            db -> db.sql("SELECT count(*) FROM rollout").query(Long.class).single())
        .description("Rollouts started, one per committee per resolution")
        .register(registry);
    Gauge.builder("rollout.items.overdue", jdbc, ProductMetrics::overdueItems)
        .description("Programme items not done whose deadline has passed (a cancelled item is none)")
        .register(registry);
  }

  private static double overdueItems(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM programme_item WHERE status NOT IN ('DONE_ON_TIME', 'DONE_LATE')"
            + " AND COALESCE(due_date, deadline) < :today AND cancelled_at IS NULL")
        .param("today", LocalDate.now())
        .query(Long.class).single();
  }
}
