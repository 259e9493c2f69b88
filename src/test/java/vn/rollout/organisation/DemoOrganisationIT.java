package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.rollout.support.IntegrationTest;

/**
 * The default (demo) profile imports the demo organisation at start-up, and its officials can log in.
 *
 * <p>This test has an application context of its own, so its engine has a name of its own: Camunda
 * keeps engines in a static registry by name, and the REST API finds its engine there, so a second
 * engine named {@code default} in the same JVM would take the place of the other tests' engine.
 */
@ActiveProfiles("default")
@TestPropertySource(properties = "camunda.bpm.process-engine-name=" + DemoOrganisationIT.ENGINE)
class DemoOrganisationIT extends IntegrationTest {

  static final String ENGINE = "demo";

  static final String DEMO_PASSWORD = "TrienKhai@2026";

  @Autowired CommitteeDirectory directory;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;
  @Autowired OrganisationStartUp startUp;

  @Test
  void shouldImportTodaysMapACityWithWardsAndCellsAndAMergedProvinceWithCommunes() {
    Committee danang = directory.find("dn").orElseThrow();
    assertThat(danang.name()).isEqualTo("Thành ủy Đà Nẵng");
    assertThat(danang.symbol()).isEqualTo("TU");
    assertThat(danang.organKeys()).containsExactlyInAnyOrder("thuong-vu", "van-phong", "tuyen-giao-dan-van", "kiem-tra", "to-chuc");
    assertThat(danang.organName(Role.STUDY)).contains("Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng");
    assertThat(directory.units("dn")).extracting(Unit::name).contains("Đảng ủy UBND thành phố Đà Nẵng")
        .noneMatch(name -> name.startsWith("Ban cán sự đảng"));

    List<Committee> wards = directory.children("dn");
    assertThat(wards).extracting(Committee::name)
        .contains("Đảng ủy phường Hải Châu", "Đảng ủy phường Thanh Khê", "Đảng ủy phường Sơn Trà");
    for (Committee ward : wards) {
      assertThat(ward.symbol()).isEqualTo("ĐU");
      assertThat(ward.organKeys()).containsExactlyInAnyOrder("thuong-vu", "van-phong", "xay-dung-dang", "kiem-tra");
      List<Committee> cells = directory.children(ward.code());
      assertThat(cells).hasSizeGreaterThanOrEqualTo(2);
      assertThat(cells).allSatisfy(cell -> {
        assertThat(cell.depth()).isEqualTo(2);
        assertThat(cell.organKeys()).contains("bi-thu", "dang-vien").doesNotContain("thuong-vu", "van-phong");
        assertThat(cell.organName(Role.OFFICE)).contains("Bí thư " + cell.name());
      });
    }
    Committee bacNinh = directory.find("bn").orElseThrow();
    assertThat(bacNinh.name()).isEqualTo("Tỉnh ủy Bắc Ninh");
    assertThat(directory.children("bn")).extracting(Committee::name).containsExactlyInAnyOrder("Đảng ủy xã Lạng Giang", "Đảng ủy xã Tiên Du");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM committee WHERE name LIKE '%Bắc Giang%'").query(Integer.class).single()).isZero();
    assertThat(identityService.createGroupQuery().groupNameLike("%Ban Thường vụ Chi bộ%").count()).isZero();
    assertThat(identityService.createGroupQuery().groupNameLike("%Văn phòng Chi bộ%").count()).isZero();
  }

  @Test
  void shouldGiveEveryOrganAndUnitExactlyOneOfficial() {
    Map<String, OrganKind> catalogue = new java.util.HashMap<>();
    jdbc.sql("SELECT kind_key FROM organ_kind").query(String.class).list()
        .forEach(key -> catalogue.put(key, new OrganKind(key, "{committee}", java.util.Set.of(), java.util.Set.of(), 0)));
    List<String> taskGroups = jdbc.sql("""
        SELECT o.committee_code || '.' || o.organ FROM committee_organ o
        UNION ALL
        SELECT 'unit.' || u.code FROM unit u""").query(String.class).list();
    Map<String, Long> officialsPerGroup = jdbc.sql("SELECT username, committee_code, role FROM official")
        .query((rs, row) -> new Official(rs.getString(1), "", "", rs.getString(2), rs.getString(3)).taskGroup(catalogue))
        .list().stream()
        .collect(java.util.stream.Collectors.groupingBy(group -> group, java.util.stream.Collectors.counting()));

    assertThat(taskGroups).isNotEmpty();
    assertThat(officialsPerGroup.keySet()).containsExactlyInAnyOrderElementsOf(taskGroups);
    assertThat(officialsPerGroup.values()).containsOnly(1L);
    assertThat(identityService.createGroupQuery().groupId("dn-hai-chau.van-phong").singleResult())
        .extracting(Group::getName).isEqualTo("Văn phòng Đảng ủy phường Hải Châu");
    assertThat(identityService.createUserQuery().memberOfGroup("dn-hai-chau.van-phong").singleResult().getId())
        .isEqualTo("haichau.vanphong");
  }

  @Test
  void shouldLetADemoOfficialLogInWithTheDemoPasswordAndSeeTheFilters() {
    ResponseEntity<String> filters = http.withBasicAuth("haichau.vanphong", DEMO_PASSWORD)
        .getForEntity("/engine-rest/engine/" + ENGINE + "/filter?resourceType=Task&firstResult=0&maxResults=100", String.class);

    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(filters.getBody()).contains("Việc của tôi", "Việc của đơn vị", "Quá hạn", "Đến hạn trong 7 ngày");
  }

  @Test
  void shouldChangeNothingWhenStartingAgain() throws Exception {
    List<String> before = identityRevisions();

    startUp.run(new DefaultApplicationArguments());

    assertThat(identityRevisions()).isEqualTo(before);
  }

  private List<String> identityRevisions() {
    return jdbc.sql("""
        SELECT ID_ || ':' || REV_ FROM ACT_ID_GROUP
        UNION ALL SELECT ID_ || ':' || REV_ FROM ACT_ID_USER
        UNION ALL SELECT USER_ID_ || ':' || GROUP_ID_ FROM ACT_ID_MEMBERSHIP
        UNION ALL SELECT ID_ || ':' || REV_ FROM ACT_RU_AUTHORIZATION
        UNION ALL SELECT ID_ || ':' || REV_ FROM ACT_RU_FILTER
        UNION ALL SELECT code || ':' || name || ':' || depth FROM committee
        ORDER BY 1""").query(String.class).list();
  }
}
