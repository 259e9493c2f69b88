package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.rollout.support.TestDatabase;

/**
 * A cascade's batch reads its range of subordinate codes from the database
 * ({@link CommitteeDirectory#childCodesBetween}), and must get exactly the codes Java's order puts in it
 * ({@code rollout.SubordinateBatch}), or a subordinate is started twice or never. On PostgreSQL the
 * database is created with a collation that ignores hyphens at first, as glibc's en_US (the PostgreSQL
 * image's default) does: ICU's {@code en-US-u-ka-shifted}, since this machine has no en_US locale. There,
 * {@code p-c} comes after {@code pb}; in Java it comes before.
 */
class CommitteeCodeRangeIT {

  private static final List<String> CODES = List.of("p-1", "p1", "p-a", "pa", "p-b", "pb", "p-c", "pc", "p-c-1", "pc-1");

  private CommitteeDirectory directory;
  private JdbcClient jdbc;

  @BeforeEach
  void migrate() throws SQLException {
    DataSource dataSource = TestDatabase.isPostgres() ? postgresOrderingHyphensLast() : h2();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    if (TestDatabase.isPostgres()) {
      // db/postgres also holds migrations of the engine's tables, which this database does not have
      new ResourceDatabasePopulator(new ClassPathResource("db/postgres/V3_19__committee_codes_in_byte_order.sql"))
          .execute(dataSource);
    }
    jdbc = JdbcClient.create(dataSource);
    directory = new CommitteeDirectory(jdbc, dataSource);
    insert("tinh", null, 0);
    insert("other", null, 0);
    CODES.forEach(code -> insert(code, "tinh", 1));
    insert("p-b-elsewhere", "other", 1);
  }

  @Test
  void shouldReadEachRangeAsJavaOrdersCodesWhateverTheDatabasesCollation() {
    List<String> ordered = CODES.stream().sorted().toList();
    if (TestDatabase.isPostgres()) {
      assertThat(jdbc.sql("SELECT code FROM committee WHERE parent_code = 'tinh' ORDER BY code").query(String.class).list())
          .as("the database's own order is not Java's, or this test proves nothing")
          .isNotEqualTo(ordered);
    }

    for (int from = 0; from < ordered.size(); from++) {
      for (int to = from; to <= ordered.size(); to++) {
        String lower = from == 0 ? "" : ordered.get(from);
        String upper = to == ordered.size() ? "" : ordered.get(to);
        assertThat(directory.childCodesBetween("tinh", lower, upper)).as("[%s, %s)", lower, upper)
            .isEqualTo(ordered.subList(from, to));
      }
    }
  }

  @Test
  void shouldReadOnlyTheCommitteesOwnSubordinatesAndCodesBetweenOthers() {
    assertThat(directory.childCodesBetween("tinh", "p-b", "p-c")).containsExactly("p-b");
    assertThat(directory.childCodesBetween("tinh", "p-a0", "p-bz")).as("bounds that are no code").containsExactly("p-b");
    assertThat(directory.childCodesBetween("tinh", "", "")).containsExactlyElementsOf(CODES.stream().sorted().toList());
    assertThat(directory.childCodesBetween("other", "", "")).containsExactly("p-b-elsewhere");
    assertThat(directory.childCodesBetween("p-a", "", "")).isEmpty();
  }

  private void insert(String code, String parent, int depth) {
    jdbc.sql("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (:code, :name, 'ĐU', :parent, :depth)")
        .param("code", code)
        .param("name", "Đảng ủy " + code)
        .param("parent", parent)
        .param("depth", depth)
        .update();
  }

  private static DataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:codes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }

  private static DataSource postgresOrderingHyphensLast() throws SQLException {
    String name = "codes_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = TestDatabase.server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name
          + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US-u-ka-shifted' LOCALE 'C.UTF-8'");
    }
    return TestDatabase.server().getDatabase("postgres", name);
  }
}
