package vn.rollout.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;

/**
 * Committees and units for a test, written straight into the organisation tables. Codes are made
 * unique within the test JVM, so tests sharing an application context never collide.
 */
public final class OrganisationFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;

  public OrganisationFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return the new committee's code: {@code prefix} and a number */
  public String committee(String prefix, String name, String symbol, String parentCode, Organ... organs) {
    String code = prefix + "-" + SEQUENCE.incrementAndGet();
    int depth = parentCode == null ? 0
        : jdbc.sql("SELECT depth FROM committee WHERE code = :code").param("code", parentCode).query(Integer.class).single() + 1;
    jdbc.sql("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (:code, :name, :symbol, :parent, :depth)")
        .param("code", code)
        .param("name", name)
        .param("symbol", symbol)
        .param("parent", parentCode)
        .param("depth", depth)
        .update();
    for (Organ organ : organs) {
      organ(code, organ);
    }
    return code;
  }

  public void organ(String committeeCode, Organ organ) {
    jdbc.sql("INSERT INTO committee_organ (committee_code, organ) VALUES (:code, :organ)")
        .param("code", committeeCode)
        .param("organ", organ.key())
        .update();
  }

  /** @return the new unit's code */
  public String unit(String committeeCode, String prefix, String name) {
    String code = prefix + "-" + SEQUENCE.incrementAndGet();
    jdbc.sql("INSERT INTO unit (code, name, committee_code) VALUES (:code, :name, :committee)")
        .param("code", code)
        .param("name", name)
        .param("committee", committeeCode)
        .update();
    return code;
  }
}
