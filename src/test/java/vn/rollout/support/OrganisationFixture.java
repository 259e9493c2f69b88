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

  /** As {@link #committee}, with organs of any kind of the catalogue, by key ({@code bi-thu}, {@code dang-vien}). */
  public String committeeOfKinds(String prefix, String name, String symbol, String parentCode, String... kinds) {
    String code = committee(prefix, name, symbol, parentCode);
    for (String kind : kinds) {
      organ(code, kind);
    }
    return code;
  }

  public void organ(String committeeCode, Organ organ) {
    organ(committeeCode, organ.key());
  }

  public void organ(String committeeCode, String kind) {
    jdbc.sql("INSERT INTO committee_organ (committee_code, organ) VALUES (:code, :organ)")
        .param("code", committeeCode)
        .param("organ", kind)
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
