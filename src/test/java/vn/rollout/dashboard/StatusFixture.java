package vn.rollout.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A resolution's rollout written straight into the domain tables, as issue 6's execution and review
 * will leave them: rollouts in a phase, approved programmes with items in a status, review reports.
 * The cut-offs are those of {@code RolloutTest}: mid-term report 20/04/2028, final report 31/08/2030.
 */
final class StatusFixture {

  static final LocalDate MID_TERM_CUTOFF = LocalDate.of(2028, 4, 20);
  static final LocalDate FINAL_CUTOFF = LocalDate.of(2030, 8, 31);

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  StatusFixture(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  long resolution(String issuingCommittee, String issuerSymbol) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO resolution (symbol, title, issuing_committee, term_from, term_to, study_due, programme_due,
                                    mid_term_report_cutoff, mid_term_conference_by, final_report_cutoff, registered_at)
            VALUES (:symbol, 'Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng', :committee, DATE '2025-10-01',
                    DATE '2030-09-30', DATE '2026-01-31', DATE '2026-03-31', :mid, DATE '2028-06-10', :final,
                    TIMESTAMP '2025-11-03 09:00:00')""")
        .param("symbol", (100 + SEQUENCE.incrementAndGet()) + "-NQ/" + issuerSymbol)
        .param("committee", issuingCommittee)
        .param("mid", MID_TERM_CUTOFF)
        .param("final", FINAL_CUTOFF)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  long rollout(long resolutionId, String committeeCode, String phase) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO rollout (resolution_id, committee_code, process_instance_id, started_at, phase)
            VALUES (:resolution, :committee, :instance, TIMESTAMP '2025-11-03 09:00:00', :phase)""")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .param("instance", "pi-" + committeeCode)
        .param("phase", phase)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void studied(long rolloutId) {
    jdbc.sql("INSERT INTO study_report (rollout_id, submitted_at, on_time) VALUES (:id, TIMESTAMP '2026-01-20 10:00:00', TRUE)")
        .param("id", rolloutId)
        .update();
  }

  long programme(long resolutionId, String committeeCode, String status) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO programme (resolution_id, committee_code, status, symbol) VALUES (:resolution, :committee, :status, :symbol)")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .param("status", status)
        .param("symbol", "APPROVED".equals(status) ? "01-CTr/" + committeeCode : null)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** An item with its programme deadline and, where an extension moved it, a due date in force. */
  void item(long programmeId, String status, LocalDate deadline, LocalDate dueDate) {
    int seq = jdbc.sql("SELECT COUNT(*) FROM programme_item WHERE programme_id = :id").param("id", programmeId)
        .query(Integer.class).single();
    jdbc.sql("""
            INSERT INTO programme_item (programme_id, seq, content, lead_group, deadline, output, status, due_date,
                                        output_achieved)
            VALUES (:programme, :seq, :content, :lead, :deadline, :output, :status, :due, :achieved)""")
        .param("programme", programmeId)
        .param("seq", seq)
        .param("content", "Số hóa hồ sơ đảng viên, đợt " + (seq + 1))
        .param("lead", "unit.khong-co")
        .param("deadline", deadline)
        .param("output", (seq + 1) * 100 + " hồ sơ được số hóa")
        .param("status", status)
        .param("due", dueDate)
        .param("achieved", status.startsWith("DONE") ? (seq + 1) * 100 + " hồ sơ đã số hóa" : null)
        .update();
  }

  void report(long rolloutId, String kind, boolean onTime) {
    jdbc.sql("""
            INSERT INTO review_report (rollout_id, kind, submitted_at, on_time)
            VALUES (:rollout, :kind, :at, :onTime)""")
        .param("rollout", rolloutId)
        .param("kind", kind)
        .param("at", Timestamp.valueOf(LocalDateTime.of(2028, 4, onTime ? 18 : 25, 15, 30)))
        .param("onTime", onTime)
        .update();
  }

  /** {@code count} committees under {@code parent}, written in one batch; their codes, in order. */
  List<String> committees(String parent, String prefix, String namePrefix, String symbol, int count) {
    int depth = jdbc.sql("SELECT depth FROM committee WHERE code = :code").param("code", parent).query(Integer.class).single() + 1;
    String run = prefix + SEQUENCE.incrementAndGet();
    List<String> codes = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String code = run + "-" + i;
      codes.add(code);
      rows.add(new Object[] {code, namePrefix + " " + i, symbol, parent, depth});
    }
    template.batchUpdate("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (?, ?, ?, ?, ?)", rows);
    return codes;
  }

  /** For each committee: a rollout in execution, an approved programme and {@code items} items, in batches. */
  void executing(long resolutionId, List<String> committees, int items, LocalDate deadline) {
    template.batchUpdate("""
            INSERT INTO rollout (resolution_id, committee_code, started_at, phase)
            VALUES (?, ?, TIMESTAMP '2026-04-01 08:00:00', 'EXECUTION')""",
        committees.stream().map(code -> new Object[] {resolutionId, code}).toList());
    template.batchUpdate("INSERT INTO programme (resolution_id, committee_code, status) VALUES (?, ?, 'APPROVED')",
        committees.stream().map(code -> new Object[] {resolutionId, code}).toList());
    List<Object[]> rows = new ArrayList<>();
    String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "DONE_ON_TIME", "DONE_LATE", "OVERDUE"};
    jdbc.sql("SELECT id FROM programme WHERE resolution_id = :resolution").param("resolution", resolutionId)
        .query(Long.class).list()
        .forEach(programme -> {
          for (int i = 0; i < items; i++) {
            rows.add(new Object[] {programme, i, "Nhiệm vụ " + (i + 1), deadline, statuses[i % statuses.length]});
          }
        });
    template.batchUpdate("""
            INSERT INTO programme_item (programme_id, seq, content, deadline, status)
            VALUES (?, ?, ?, ?, ?)""", rows);
  }
}
