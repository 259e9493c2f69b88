package vn.rollout.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The days the Government announces each year and an administrator records ({@code announced_day}):
 * extra days off (bridge days, a Tết scheme other than the computed one) and days worked in exchange.
 *
 * <p>Deadlines are computed often (every rollout's start, every task's due date), so the table is read
 * whole and kept for {@link #FRESH_FOR}; a change on this node is seen at once, one made on another
 * node within that time. The table holds a handful of days a year.
 */
@Repository
class AnnouncedDays {

  static final Duration FRESH_FOR = Duration.ofSeconds(60);

  private final JdbcClient jdbc;
  private volatile Snapshot snapshot;

  AnnouncedDays(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Snapshot(Instant read, Map<LocalDate, Holiday> days) {}

  /** Every announced day, by date. */
  Map<LocalDate, Holiday> all() {
    Snapshot current = snapshot;
    if (current == null || current.read().plus(FRESH_FOR).isBefore(Instant.now())) {
      Map<LocalDate, Holiday> days = new TreeMap<>();
      jdbc.sql("SELECT announced_on, kind, name FROM announced_day")
          .query((rs, row) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(3), Holiday.Kind.valueOf(rs.getString(2))))
          .list()
          .forEach(day -> days.put(day.date(), day));
      current = new Snapshot(Instant.now(), Map.copyOf(days));
      snapshot = current;
    }
    return current.days();
  }

  Optional<Holiday> find(LocalDate day) {
    return Optional.ofNullable(all().get(day));
  }

  void add(Holiday day, String by, Instant at) {
    jdbc.sql("INSERT INTO announced_day (announced_on, kind, name, created_at, created_by) VALUES (:day, :kind, :name, :at, :by)")
        .param("day", day.date())
        .param("kind", day.kind().name())
        .param("name", day.name())
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
    forget();
  }

  boolean remove(LocalDate day) {
    int removed = jdbc.sql("DELETE FROM announced_day WHERE announced_on = :day").param("day", day).update();
    forget();
    return removed > 0;
  }

  /** Reads the table again next time: now, and once the change is committed (before, other readers still see the old table). */
  private void forget() {
    snapshot = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          snapshot = null;
        }
      });
    }
  }
}
