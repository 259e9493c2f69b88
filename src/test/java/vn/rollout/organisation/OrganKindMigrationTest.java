package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V3_10 on data of before: committees with the five organs, imported by the version before
 * it, keep their organs, groups and names, and the roles their organs played through the code's
 * fallbacks. (The same migration runs on PostgreSQL in every IT of the postgres execution.)
 */
class OrganKindMigrationTest {

  private JdbcDataSource dataSource;
  private JdbcClient jdbc;

  @BeforeEach
  void migrateToTheVersionBefore() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    flyway(versionBefore()).migrate();
    jdbc = JdbcClient.create(dataSource);
    insert("tu", "Thành ủy Đà Nẵng", null, 0, "thuong-vu", "van-phong", "tuyen-giao", "kiem-tra", "to-chuc");
    insert("tu-hc", "Đảng ủy phường Hải Châu", "tu", 1, "thuong-vu", "van-phong", "kiem-tra");
    insert("tu-hc-1", "Chi bộ Tổ dân phố 1 phường Hải Châu", "tu-hc", 2, "thuong-vu", "van-phong");
    insert("tu-xa", "Đảng ủy xã Hòa Vang", "tu", 1, "van-phong");
  }

  @Test
  void shouldKeepFiveOrganCommitteesWithTheirGroupsNamesAndRoles() {
    flyway(null).migrate();
    CommitteeDirectory directory = new CommitteeDirectory(jdbc, dataSource);

    Committee city = directory.find("tu").orElseThrow();
    assertThat(city.organGroups()).containsExactly("tu.thuong-vu", "tu.van-phong", "tu.tuyen-giao", "tu.kiem-tra", "tu.to-chuc");
    assertThat(city.organs()).extracting(kind -> kind.name(city.name())).containsExactly("Ban Thường vụ Thành ủy Đà Nẵng",
        "Văn phòng Thành ủy Đà Nẵng", "Ban Tuyên giáo Thành ủy Đà Nẵng", "Ủy ban Kiểm tra Thành ủy Đà Nẵng",
        "Ban Tổ chức Thành ủy Đà Nẵng");
    assertThat(List.of(Role.values()).stream().map(city::taskGroup))
        .containsExactly("tu.tuyen-giao", "tu.van-phong", "tu.thuong-vu", "tu.kiem-tra", "tu.to-chuc");

    Committee ward = directory.find("tu-hc").orElseThrow();
    assertThat(ward.taskGroup(Role.STUDY)).as("no propaganda board: the office").isEqualTo("tu-hc.van-phong");
    assertThat(ward.taskGroup(Role.INSPECTION)).isEqualTo("tu-hc.kiem-tra");
    Committee cell = directory.find("tu-hc-1").orElseThrow();
    assertThat(cell.taskGroup(Role.INSPECTION)).as("no inspection committee: the standing committee").isEqualTo("tu-hc-1.thuong-vu");
    assertThat(cell.taskGroup(Role.APPROVAL)).isEqualTo("tu-hc-1.thuong-vu");
    Committee commune = directory.find("tu-xa").orElseThrow();
    assertThat(List.of(Role.STUDY, Role.OFFICE, Role.APPROVAL, Role.INSPECTION).stream().map(commune::taskGroup))
        .as("only an office: it does everything").containsOnly("tu-xa.van-phong");
    assertThat(directory.children("tu")).extracting(Committee::code, c -> c.organKeys().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tu-hc", 3), org.assertj.core.groups.Tuple.tuple("tu-xa", 1));
  }

  @Test
  void shouldShipTheCatalogueTheTestsAssume() {
    flyway(null).migrate();

    OrganisationTables tables = new OrganisationTables(new JdbcTemplate(dataSource));
    assertThat(tables.load().kinds().values()).containsExactlyElementsOf(ShippedKinds.ALL);
  }

  @Test
  void shouldRefuseAnOrganOfNoKind() {
    flyway(null).migrate();

    assertThatThrownBy(() -> jdbc.sql("INSERT INTO committee_organ (committee_code, organ) VALUES ('tu', 'ban-bi-thu')").update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  /** The last migration before V3_10, whichever it is when other branches add theirs. */
  private String versionBefore() {
    MigrationVersion organKinds = MigrationVersion.fromVersion("3.10");
    return java.util.Arrays.stream(flyway(null).info().all()).map(MigrationInfo::getVersion)
        .filter(version -> version.isNewerThan("0") && organKinds.isNewerThan(version.getVersion()))
        .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
  }

  private Flyway flyway(String target) {
    var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  private void insert(String code, String name, String parent, int depth, String... organs) {
    jdbc.sql("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (?, ?, 'ĐU', ?, ?)")
        .params(code, name, parent, depth).update();
    for (String organ : organs) {
      jdbc.sql("INSERT INTO committee_organ (committee_code, organ) VALUES (?, ?)").params(code, organ).update();
    }
  }
}
