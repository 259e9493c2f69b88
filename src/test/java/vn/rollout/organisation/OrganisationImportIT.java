package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import vn.rollout.support.IntegrationTest;

/**
 * Importing the organisation through {@code POST /api/organisation/import}: what it creates in the
 * domain tables and in Camunda's identity, that it changes nothing twice, updates in place, takes
 * rows in any order, and that a file with any problem changes nothing and names every problem.
 * Every test works on committees of its own (codes starting with a fresh prefix).
 */
class OrganisationImportIT extends IntegrationTest {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "TrienKhai@2026";

  static final String COMMITTEES_HEADER = "code,name,symbol,parent_code,organs";
  static final String UNITS_HEADER = "code,name,committee_code";
  static final String OFFICIALS_HEADER = "username,full_name,email,committee_code,role";
  static final String KINDS_HEADER = "key,name,roles,stands_in_for";

  static final List<String> COMMITTEES = List.of(
      "{p},Thành ủy Thử Nghiệm,TU,,thuong-vu;van-phong;tuyen-giao;kiem-tra;to-chuc",
      "{p}-a,Đảng ủy phường An Hải,ĐU,{p},thuong-vu;van-phong;kiem-tra",
      "{p}-b,Đảng ủy phường Bình Hiên,ĐU,{p},thuong-vu;van-phong",
      "{p}-a-1,Chi bộ Tổ dân phố 1,CB,{p}-a,thuong-vu;van-phong");
  static final List<String> UNITS = List.of(
      "{p}-khcn,Sở Khoa học và Công nghệ,{p}");
  static final List<String> OFFICIALS = List.of(
      "{p}.vanphong,Lê Thị Thu Hà,{p}.vanphong@example.org,{p},van-phong",
      "{p}.a.kiemtra,Nguyễn Văn An,{p}.a.kiemtra@example.org,{p}-a,kiem-tra",
      "{p}.b.vanphong,Trần Thị Bình,{p}.b.vanphong@example.org,{p}-b,van-phong",
      "{p}.khcn,Phạm Quốc Huy,{p}.khcn@example.org,{p},{p}-khcn");

  /** A valid change that each bad import carries too, to show that even it is not applied. */
  static final String RENAMED_B = "{p}-b,Đảng ủy phường Đổi Tên,ĐU,{p},thuong-vu;van-phong";
  static final String CHANGED_EMAIL = "{p}.vanphong,Lê Thị Thu Hà,{p}.moi@example.org,{p},van-phong";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired CommitteeDirectory directory;
  @Autowired OrganisationImport organisationImport;
  @Autowired TransactionTemplate transaction;

  final ObjectMapper json = new ObjectMapper();
  String p;

  @BeforeEach
  void freshPrefix() {
    p = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  @Test
  void shouldCreateCommitteesUnitsAndOfficialsWithTheirGroupsAndMemberships() throws Exception {
    ResponseEntity<String> answer = importAsAdmin(csv(COMMITTEES_HEADER, COMMITTEES), csv(UNITS_HEADER, UNITS), csv(OFFICIALS_HEADER, OFFICIALS));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode summary = json.readTree(answer.getBody());
    assertThat(summary.at("/committees/created").asInt()).isEqualTo(4);
    assertThat(summary.at("/units/created").asInt()).isEqualTo(1);
    assertThat(summary.at("/officials/created").asInt()).isEqualTo(4);

    Committee ward = directory.find(p + "-a").orElseThrow();
    assertThat(ward.name()).isEqualTo("Đảng ủy phường An Hải");
    assertThat(ward.symbol()).isEqualTo("ĐU");
    assertThat(ward.parentCode()).isEqualTo(p);
    assertThat(ward.depth()).isEqualTo(1);
    assertThat(ward.organKeys()).containsExactlyInAnyOrder("thuong-vu", "van-phong", "kiem-tra");
    assertThat(directory.find(p + "-a-1").orElseThrow().depth()).isEqualTo(2);
    assertThat(directory.units(p)).extracting(Unit::taskGroup).containsExactly("unit." + p + "-khcn");

    assertThat(identityService.createGroupQuery().groupIdIn(p + ".van-phong", p + "-a.kiem-tra", p + "-a-1.thuong-vu", "unit." + p + "-khcn")
            .orderByGroupId().asc().list())
        .extracting(Group::getId, Group::getName, Group::getType)
        .containsExactlyInAnyOrder(
            tuple(p + ".van-phong", "Văn phòng Thành ủy Thử Nghiệm", "organ"),
            tuple(p + "-a.kiem-tra", "Ủy ban Kiểm tra Đảng ủy phường An Hải", "organ"),
            tuple(p + "-a-1.thuong-vu", "Bí thư Chi bộ Tổ dân phố 1", "organ"),
            tuple("unit." + p + "-khcn", "Sở Khoa học và Công nghệ", "unit"));
    assertThat(identityService.createGroupQuery().groupIdIn(p + "-b.kiem-tra").count()).isZero();
    assertThat(groupsOf(p + ".a.kiemtra")).containsExactlyInAnyOrder(p + "-a.kiem-tra", TaskGroups.OFFICIALS);
    assertThat(groupsOf(p + ".khcn")).containsExactlyInAnyOrder("unit." + p + "-khcn", TaskGroups.OFFICIALS);

    User an = identityService.createUserQuery().userId(p + ".a.kiemtra").singleResult();
    assertThat(an.getFirstName()).isEqualTo("Nguyễn Văn");
    assertThat(an.getLastName()).isEqualTo("An");
    assertThat(an.getEmail()).isEqualTo(p + ".a.kiemtra@example.org");
    assertThat(http.withBasicAuth(p + ".a.kiemtra", ADMIN_PASSWORD).getForEntity("/engine-rest/filter", String.class).getStatusCode())
        .as("no initial password in this profile: nobody can log in as a new official yet")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldChangeNothingWhenTheSameFilesAreImportedAgain() throws Exception {
    importBase();
    List<String> before = snapshot();

    ResponseEntity<String> again = importAsAdmin(csv(COMMITTEES_HEADER, COMMITTEES), csv(UNITS_HEADER, UNITS), csv(OFFICIALS_HEADER, OFFICIALS));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode summary = json.readTree(again.getBody());
    for (String kind : new String[] {"committees", "units", "officials"}) {
      assertThat(summary.at("/" + kind + "/created").asInt()).as(kind).isZero();
      assertThat(summary.at("/" + kind + "/updated").asInt()).as(kind).isZero();
    }
    assertThat(summary.at("/committees/unchanged").asInt()).isEqualTo(4);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldUpdateChangedRowsInPlace() throws Exception {
    importBase();

    ResponseEntity<String> answer = importAsAdmin(
        csv(COMMITTEES_HEADER, List.of(
            // moved under {p}-b, and its standing committee dropped (nobody works there)
            "{p}-a,Đảng ủy phường An Hải,ĐU,{p}-b,van-phong;kiem-tra",
            // renamed, and given a propaganda board
            "{p}-b,Đảng ủy phường Đổi Tên,ĐU,{p},thuong-vu;van-phong;tuyen-giao")),
        csv(UNITS_HEADER, List.of("{p}-khcn,\"Sở Khoa học, Công nghệ và Đổi mới sáng tạo\",{p}")),
        csv(OFFICIALS_HEADER, List.of("{p}.b.vanphong,Trần Thị Bình,{p}.binh@example.org,{p}-b,tuyen-giao")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode summary = json.readTree(answer.getBody());
    assertThat(summary.at("/committees/updated").asInt()).isEqualTo(2);
    assertThat(summary.at("/units/updated").asInt()).isEqualTo(1);
    assertThat(summary.at("/officials/updated").asInt()).isEqualTo(1);

    Committee moved = directory.find(p + "-a").orElseThrow();
    assertThat(moved.parentCode()).isEqualTo(p + "-b");
    assertThat(moved.depth()).isEqualTo(2);
    assertThat(directory.find(p + "-a-1").orElseThrow().depth()).as("a cell below the moved ward").isEqualTo(3);
    assertThat(moved.organKeys()).containsExactlyInAnyOrder("van-phong", "kiem-tra");
    assertThat(directory.units(p)).extracting(Unit::name).containsExactly("Sở Khoa học, Công nghệ và Đổi mới sáng tạo");

    assertThat(identityService.createGroupQuery().groupId(p + "-a.thuong-vu").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId(p + "-b.van-phong").singleResult().getName())
        .isEqualTo("Văn phòng Đảng ủy phường Đổi Tên");
    assertThat(identityService.createGroupQuery().groupId("unit." + p + "-khcn").singleResult().getName())
        .isEqualTo("Sở Khoa học, Công nghệ và Đổi mới sáng tạo");
    assertThat(groupsOf(p + ".b.vanphong")).containsExactlyInAnyOrder(p + "-b.tuyen-giao", TaskGroups.OFFICIALS);
    assertThat(identityService.createUserQuery().userId(p + ".b.vanphong").singleResult().getEmail())
        .isEqualTo(p + ".binh@example.org");
    assertThat(jdbc.sql("SELECT email FROM official WHERE username = ?").param(p + ".b.vanphong").query(String.class).single())
        .isEqualTo(p + ".binh@example.org");
  }

  @Test
  void shouldImportRowsInAnyOrder() {
    ResponseEntity<String> answer = importAsAdmin(
        csv(COMMITTEES_HEADER, reversed(COMMITTEES)), csv(UNITS_HEADER, UNITS), csv(OFFICIALS_HEADER, reversed(OFFICIALS)));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Stream.of(p, p + "-a", p + "-b", p + "-a-1").map(code -> directory.find(code).orElseThrow().depth()))
        .containsExactly(0, 1, 1, 2);
    assertThat(groupsOf(p + ".vanphong")).containsExactlyInAnyOrder(p + ".van-phong", TaskGroups.OFFICIALS, TaskGroups.SECRETARIAT);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("unknown parent",
            List.of(RENAMED_B, "{p}-x,Đảng ủy xã Mới,ĐU,{p}-khong-co,thuong-vu;van-phong"), null, null,
            "committees.csv:3:parent_code:unknown parent {p}-khong-co"),
        bad("a cycle in the file",
            List.of(RENAMED_B, "{p}-x,Đảng ủy xã X,ĐU,{p}-y,thuong-vu;van-phong", "{p}-y,Đảng ủy xã Y,ĐU,{p}-x,thuong-vu;van-phong"), null, null,
            "committees.csv:3:parent_code:parent_code makes a cycle: {p}-x → {p}-y → {p}-x",
            "committees.csv:4:parent_code:parent_code makes a cycle: {p}-y → {p}-x → {p}-y"),
        bad("a cycle through a stored committee",
            List.of(RENAMED_B, "{p}-a,Đảng ủy phường An Hải,ĐU,{p}-a-1,thuong-vu;van-phong;kiem-tra"), null, null,
            "committees.csv:3:parent_code:parent_code makes a cycle: {p}-a → {p}-a-1 → {p}-a"),
        bad("a duplicate committee code",
            List.of(RENAMED_B, "{p}-x,Đảng ủy xã X,ĐU,{p},thuong-vu;van-phong", "{p}-x,Đảng ủy xã X,ĐU,{p},thuong-vu;van-phong"), null, null,
            "committees.csv:4:code:duplicate code {p}-x, first on line 3"),
        bad("a committee without a name",
            List.of(RENAMED_B, "{p}-x,,ĐU,{p},thuong-vu;van-phong"), null, null,
            "committees.csv:3:name:name is missing"),
        bad("an unknown organ",
            List.of(RENAMED_B, "{p}-x,Đảng ủy xã X,ĐU,{p},thuong-vu;ban-bi-thu"), null, null,
            "committees.csv:3:organs:unknown organ ban-bi-thu; organs are the keys of the catalogue: {kinds}"),
        bad("a committee without an organ for a role",
            List.of(RENAMED_B, "{p}-x,Đảng ủy xã X,ĐU,{p},thuong-vu;kiem-tra"), null, null,
            "committees.csv:3:organs:committee {p}-x has no organ for the role study (học tập, quán triệt): add one of a kind"
                + " that plays it: {kinds:study}",
            "committees.csv:3:organs:committee {p}-x has no organ for the role office (xây dựng chương trình, tổng hợp báo cáo):"
                + " add one of a kind that plays it: {kinds:office}"),
        bad("a cell whose secretary is missing",
            List.of(RENAMED_B, "{p}-x,Chi bộ Tổ dân phố 9,CB,{p}-b,dang-vien"), null, null,
            "committees.csv:3:organs:committee {p}-x has no organ for the role study (học tập, quán triệt): add one of a kind"
                + " that plays it: {kinds:study}",
            "committees.csv:3:organs:committee {p}-x has no organ for the role office (xây dựng chương trình, tổng hợp báo cáo):"
                + " add one of a kind that plays it: {kinds:office}",
            "committees.csv:3:organs:committee {p}-x has no organ for the role approval (phê duyệt): add one of a kind"
                + " that plays it: {kinds:approval}",
            "committees.csv:3:organs:committee {p}-x has no organ for the role inspection (kiểm tra, giám sát): add one of a kind"
                + " that plays it: {kinds:inspection}"),
        bad("a code that is not lower-case",
            List.of(RENAMED_B, "{p}-X_1,Đảng ủy xã X,ĐU,{p},thuong-vu;van-phong"), null, null,
            "committees.csv:3:code:code must be at most 48 lower-case letters, digits or hyphens, starting with a letter or digit"),
        bad("an organ dropped while an official still works in it",
            List.of(RENAMED_B, "{p}-a,Đảng ủy phường An Hải,ĐU,{p},thuong-vu;van-phong"), null, null,
            "committees.csv:3:organs:organ kiem-tra is still the role of official {p}.a.kiemtra: give them another role in officials.csv"),
        bad("a unit in an unknown committee",
            List.of(RENAMED_B), List.of("{p}-so-moi,Sở Mới,{p}-khong-co"), null,
            "units.csv:2:committee_code:unit in unknown committee {p}-khong-co"),
        bad("a duplicate unit code",
            List.of(RENAMED_B), List.of("{p}-so-moi,Sở Mới,{p}", "{p}-so-moi,Sở Mới,{p}"), null,
            "units.csv:3:code:duplicate code {p}-so-moi, first on line 2"),
        bad("an unknown role",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,Nguyễn Văn Mới,moi@example.org,{p},ban-bi-thu"),
            "officials.csv:3:role:unknown role ban-bi-thu: neither an organ ({kinds}) nor the code of a unit"),
        bad("an organ the committee does not have",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,Nguyễn Văn Mới,moi@example.org,{p}-b,to-chuc"),
            "officials.csv:3:role:committee {p}-b has no organ to-chuc; it has thuong-vu, van-phong"),
        bad("a unit of another committee",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,Nguyễn Văn Mới,moi@example.org,{p}-a,{p}-khcn"),
            "officials.csv:3:role:unit {p}-khcn belongs to committee {p}, not to {p}-a"),
        bad("a bad email",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,Nguyễn Văn Mới,moi-at-example.org,{p},van-phong"),
            "officials.csv:3:email:email is not an email address (name@domain.vn)"),
        bad("markup in an official's name",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,<img src=x onerror=alert(1)> Mới,moi@example.org,{p},van-phong"),
            "officials.csv:3:full_name:full_name may not contain < or > or control characters"),
        bad("markup in a committee's name",
            List.of(RENAMED_B, "{p}-x,Đảng ủy xã <b>X</b>,ĐU,{p},thuong-vu;van-phong"), null, null,
            "committees.csv:3:name:name may not contain < or > or control characters"),
        bad("an official in an unknown committee",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,Nguyễn Văn Mới,moi@example.org,{p}-khong-co,van-phong"),
            "officials.csv:3:committee_code:official in unknown committee {p}-khong-co"),
        bad("an official without a name",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,,moi@example.org,{p},van-phong"),
            "officials.csv:3:full_name:full_name is missing"),
        bad("a duplicate username",
            null, null, List.of(CHANGED_EMAIL, "{p}.moi,Nguyễn Văn Mới,moi@example.org,{p},van-phong",
                "{p}.moi,Nguyễn Văn Mới,moi@example.org,{p},van-phong"),
            "officials.csv:4:username:duplicate username {p}.moi, first on line 3"),
        bad("the username of a user who is not an official",
            null, null, List.of(CHANGED_EMAIL, "admin,Quản trị Hệ thống,admin@example.org,{p},van-phong"),
            "officials.csv:3:username:username admin belongs to a user who is not an official"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void shouldRejectBadRowsAndChangeNothing(String name, List<String> committees, List<String> units, List<String> officials,
      List<String> expected) throws Exception {
    importBase();
    List<String> before = snapshot();

    ResponseEntity<String> answer = importAsAdmin(
        committees == null ? null : csv(COMMITTEES_HEADER, committees),
        units == null ? null : csv(UNITS_HEADER, units),
        officials == null ? null : csv(OFFICIALS_HEADER, officials));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).containsExactlyElementsOf(expected.stream().map(this::withPrefix).map(this::withKinds).toList());
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldRejectAWrongHeaderAndChangeNothing() throws Exception {
    importBase();
    List<String> before = snapshot();

    ResponseEntity<String> answer = importAsAdmin(
        csv("code,name,symbol,parent,organs", List.of(RENAMED_B)), null, csv(OFFICIALS_HEADER, List.of(CHANGED_EMAIL)));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).containsExactly(
        "committees.csv:1:null:the header must be exactly: code,name,symbol,parent_code,organs");
    assertThat(json.readTree(answer.getBody()).path("field").asText()).isEqualTo("committees");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldRejectAFileThatIsNotUtf8AndChangeNothing() throws Exception {
    importBase();
    List<String> before = snapshot();
    ByteArrayOutputStream committees = new ByteArrayOutputStream();
    committees.writeBytes(csv(COMMITTEES_HEADER, List.of(RENAMED_B)));
    committees.writeBytes(withPrefix("{p}-x,Chi bo Tân Phú,CB,{p},thuong-vu\n").getBytes(StandardCharsets.ISO_8859_1));

    ResponseEntity<String> answer = importAsAdmin(committees.toByteArray(), null, csv(OFFICIALS_HEADER, List.of(CHANGED_EMAIL)));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).singleElement().asString().startsWith("committees.csv:3:null:not UTF-8");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldListEveryProblemOfEveryFileAtOnce() throws Exception {
    ResponseEntity<String> answer = importAsAdmin(
        csv(COMMITTEES_HEADER, List.of(
            "{p},Thành ủy Thử Nghiệm,TU,,thuong-vu;van-phong",
            "{p}-a,,ĐU,{p}-khong-co,van-phong;ban-bi-thu")),
        csv(UNITS_HEADER, List.of("{p}-khcn,Sở Khoa học và Công nghệ,{p}-khong-co")),
        csv(OFFICIALS_HEADER, List.of(
            "{p}.a,Nguyễn Văn An,an@,{p}-a,kiem-tra",
            "{p}.b,Trần Thị Bình,binh@example.org,{p}-khong-co,van-phong")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).extracting(problem -> String.join(":", List.of(problem.split(":")).subList(0, 3)))
        .containsExactly(
            "committees.csv:3:name",
            "committees.csv:3:organs",
            "committees.csv:3:parent_code",
            "units.csv:2:committee_code",
            "officials.csv:2:email",
            "officials.csv:2:role",
            "officials.csv:3:committee_code");
    assertThat(directory.find(p)).isEmpty();
  }

  @Test
  void shouldRefuseANonAdministratorAndChangeNothing() throws Exception {
    importBase();
    setPassword(p + ".vanphong", "Thu-Nghiem@2026");
    List<String> before = snapshot();

    ResponseEntity<String> answer = post(p + ".vanphong", "Thu-Nghiem@2026",
        csv(COMMITTEES_HEADER, List.of(RENAMED_B)), null, null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(answer.getBody()).path("message").asText()).isEqualTo("Không có quyền thực hiện thao tác này.");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldImportACellWithOnlyASecretaryAndAMember() {
    importBase();

    ResponseEntity<String> answer = importAsAdmin(
        csv(COMMITTEES_HEADER, List.of("{p}-b-7,Chi bộ Tổ dân phố 7 phường Bình Hiên,CB,{p}-b,bi-thu;dang-vien")), null,
        csv(OFFICIALS_HEADER, List.of(
            "{p}.b7.bithu,Hồ Văn Thắng,{p}.b7.bithu@example.org,{p}-b-7,bi-thu",
            "{p}.b7.dangvien,Mai Thị Phương,{p}.b7.dangvien@example.org,{p}-b-7,dang-vien")));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createGroupQuery().groupId(p + "-b-7.bi-thu").singleResult().getName())
        .isEqualTo("Bí thư Chi bộ Tổ dân phố 7 phường Bình Hiên");
    assertThat(identityService.createGroupQuery().groupId(p + "-b-7.dang-vien").singleResult().getName())
        .isEqualTo("Đảng viên Chi bộ Tổ dân phố 7 phường Bình Hiên");
    assertThat(groupsOf(p + ".b7.bithu")).as("the secretary does the cell's office work: the secretariat")
        .containsExactlyInAnyOrder(p + "-b-7.bi-thu", TaskGroups.OFFICIALS, TaskGroups.SECRETARIAT);
    assertThat(groupsOf(p + ".b7.dangvien")).containsExactlyInAnyOrder(p + "-b-7.dang-vien", TaskGroups.OFFICIALS);
    assertThat(Stream.of(Role.values()).map(directory.find(p + "-b-7").orElseThrow()::group))
        .containsExactly(java.util.Optional.of(p + "-b-7.bi-thu"), java.util.Optional.of(p + "-b-7.bi-thu"),
            java.util.Optional.of(p + "-b-7.bi-thu"), java.util.Optional.of(p + "-b-7.bi-thu"), java.util.Optional.empty());
  }

  @Test
  void shouldImportOrganKindsAndNameTheirGroupsAfterThem() throws Exception {
    importBase();

    ResponseEntity<String> answer = importAsAdmin(
        csv(KINDS_HEADER, List.of("{p}-vp,Văn phòng và Tổ chức {committee},office;evaluation,study;approval;inspection")),
        csv(COMMITTEES_HEADER, List.of("{p}-c,Đảng ủy xã Cẩm Lệ,ĐU,{p},{p}-vp")), null,
        csv(OFFICIALS_HEADER, List.of("{p}.c,Hồ Thị Cúc,{p}.c@example.org,{p}-c,{p}-vp")));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(answer.getBody()).at("/organKinds/created").asInt()).isOne();
    String group = p + "-c." + p + "-vp";
    Committee commune = directory.find(p + "-c").orElseThrow();
    assertThat(Stream.of(Role.values()).map(commune::group))
        .as("one organ does the office's work and stands in for every other role").containsOnly(java.util.Optional.of(group));
    assertThat(identityService.createGroupQuery().groupId(group).singleResult().getName())
        .isEqualTo("Văn phòng và Tổ chức Đảng ủy xã Cẩm Lệ");
    assertThat(groupsOf(p + ".c")).containsExactlyInAnyOrder(group, TaskGroups.OFFICIALS, TaskGroups.SECRETARIAT);

    ResponseEntity<String> renamed = importAsAdmin(
        csv(KINDS_HEADER, List.of("{p}-vp,Văn phòng {committee},office;evaluation,study;approval;inspection")), null, null, null);

    assertThat(renamed.getStatusCode()).as(renamed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createGroupQuery().groupId(group).singleResult().getName())
        .as("the group of a committee outside the files").isEqualTo("Văn phòng Đảng ủy xã Cẩm Lệ");
  }

  @Test
  void shouldRefuseAKindChangeThatLeavesACommitteeWithoutARoleAndChangeNothing() throws Exception {
    importBase();
    ResponseEntity<String> first = importAsAdmin(
        csv(KINDS_HEADER, List.of("{p}-vp,Văn phòng {committee},office,study;approval;inspection")),
        csv(COMMITTEES_HEADER, List.of("{p}-c,Đảng ủy xã Cẩm Lệ,ĐU,{p},{p}-vp")), null, null);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
    List<String> before = snapshot();

    ResponseEntity<String> answer = importAsAdmin(
        csv(KINDS_HEADER, List.of("{p}-vp,Văn phòng {committee},evaluation,study;approval;inspection")), null, null, null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).containsExactly(withPrefix(
        "organ-kinds.csv:2:roles:committee {p}-c would have no organ for the role office (xây dựng chương trình, tổng hợp báo cáo)"));
    assertThat(json.readTree(answer.getBody()).path("field").asText()).isEqualTo("organKinds");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldRefuseABadOrganKindAndChangeNothing() throws Exception {
    importBase();
    List<String> before = snapshot();

    ResponseEntity<String> answer = importAsAdmin(
        csv(KINDS_HEADER, List.of("{p}-ban,Ban Mới,phe-duyet,")), csv(COMMITTEES_HEADER, List.of(RENAMED_B)), null, null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(answer)).containsExactly(
        "organ-kinds.csv:2:name:name must hold {committee} once, where the committee's name goes, e.g. Ban Thường vụ {committee}",
        "organ-kinds.csv:2:roles:unknown role phe-duyet; roles are study, office, approval, inspection, evaluation");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void shouldAskForAtLeastOneFile() throws Exception {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("note", "không có tệp nào");

    ResponseEntity<String> answer = http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
        .postForEntity("/api/organisation/import", new HttpEntity<>(parts, multipart()), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).path("field").asText()).isEqualTo("committees");
  }

  @Test
  void shouldRollBackCamundaIdentityWithTheDomainTables() {
    OrganisationFiles files = new OrganisationFiles(csv(COMMITTEES_HEADER, COMMITTEES), csv(UNITS_HEADER, UNITS),
        csv(OFFICIALS_HEADER, OFFICIALS));

    transaction.executeWithoutResult(status -> {
      organisationImport.importFiles(files);
      assertThat(identityService.createGroupQuery().groupId(p + ".van-phong").count()).as("inside the transaction").isOne();
      status.setRollbackOnly();
    });

    assertThat(directory.find(p)).isEmpty();
    assertThat(identityService.createGroupQuery().groupId(p + ".van-phong").count()).isZero();
    assertThat(identityService.createUserQuery().userId(p + ".vanphong").count()).isZero();
  }

  // --- helpers

  private void importBase() {
    ResponseEntity<String> answer = importAsAdmin(csv(COMMITTEES_HEADER, COMMITTEES), csv(UNITS_HEADER, UNITS), csv(OFFICIALS_HEADER, OFFICIALS));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> importAsAdmin(byte[] committees, byte[] units, byte[] officials) {
    return post(ADMIN, ADMIN_PASSWORD, committees, units, officials);
  }

  private ResponseEntity<String> importAsAdmin(byte[] organKinds, byte[] committees, byte[] units, byte[] officials) {
    return post(ADMIN, ADMIN_PASSWORD, organKinds, committees, units, officials);
  }

  private ResponseEntity<String> post(String user, String password, byte[] committees, byte[] units, byte[] officials) {
    return post(user, password, null, committees, units, officials);
  }

  private ResponseEntity<String> post(String user, String password, byte[] organKinds, byte[] committees, byte[] units,
      byte[] officials) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    part(parts, "organKinds", organKinds);
    part(parts, "committees", committees);
    part(parts, "units", units);
    part(parts, "officials", officials);
    return http.withBasicAuth(user, password)
        .postForEntity("/api/organisation/import", new HttpEntity<>(parts, multipart()), String.class);
  }

  private static void part(LinkedMultiValueMap<String, Object> parts, String name, byte[] bytes) {
    if (bytes != null) {
      parts.add(name, new ByteArrayResource(bytes) {
        @Override
        public String getFilename() {
          return name + ".csv";
        }
      });
    }
  }

  private static HttpHeaders multipart() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }

  private byte[] csv(String header, List<String> rows) {
    StringBuilder text = new StringBuilder(header).append('\n');
    rows.forEach(row -> text.append(withPrefix(row)).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String withPrefix(String text) {
    return text.replace("{p}", p);
  }

  /**
   * {@code {kinds}}: the keys of the catalogue in its order; {@code {kinds:office}}: those of the kinds
   * that play or stand in for a role. Tests sharing the context may have added kinds.
   */
  private String withKinds(String text) {
    for (String role : new String[] {"", ":study", ":office", ":approval", ":inspection"}) {
      String where = role.isEmpty() ? "" : " WHERE ';' || roles || ';' || stands_in_for || ';' LIKE '%;" + role.substring(1) + ";%'";
      text = text.replace("{kinds" + role + "}", String.join(", ",
          jdbc.sql("SELECT kind_key FROM organ_kind" + where + " ORDER BY sort_order, kind_key").query(String.class).list()));
    }
    return text;
  }

  /** The problems of a 400 answer as {@code file:line:field:reason}. */
  private List<String> problems(ResponseEntity<String> answer) throws Exception {
    List<String> problems = new ArrayList<>();
    for (JsonNode problem : json.readTree(answer.getBody()).path("problems")) {
      problems.add(problem.path("file").asText() + ":" + (problem.has("line") ? problem.path("line").asText() : "null")
          + ":" + (problem.has("field") ? problem.path("field").asText() : "null") + ":" + problem.path("reason").asText());
    }
    return problems;
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private void setPassword(String userId, String password) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(password);
    identityService.saveUser(user);
  }

  /** Every row of the organisation's tables and of Camunda's identity, with revisions: equal means nothing was written. */
  private List<String> snapshot() {
    List<String> rows = new ArrayList<>();
    for (String query : new String[] {
        "SELECT kind_key, name, roles, stands_in_for, sort_order FROM organ_kind ORDER BY kind_key",
        "SELECT code, name, symbol, parent_code, depth FROM committee ORDER BY code",
        "SELECT committee_code, organ FROM committee_organ ORDER BY committee_code, organ",
        "SELECT code, name, committee_code FROM unit ORDER BY code",
        "SELECT username, full_name, email, committee_code, role FROM official ORDER BY username",
        "SELECT ID_, REV_, NAME_, TYPE_ FROM ACT_ID_GROUP ORDER BY ID_",
        "SELECT ID_, REV_, FIRST_, LAST_, EMAIL_ FROM ACT_ID_USER ORDER BY ID_",
        "SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP ORDER BY USER_ID_, GROUP_ID_",
        "SELECT ID_, REV_ FROM ACT_RU_AUTHORIZATION ORDER BY ID_"}) {
      jdbc.sql(query).query(rs -> {
        StringBuilder row = new StringBuilder(query.substring(query.indexOf("FROM")).toLowerCase(Locale.ROOT));
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.append('|').append(rs.getString(i));
        }
        rows.add(row.toString());
      });
    }
    return rows;
  }

  private static List<String> reversed(List<String> rows) {
    List<String> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    return reversed;
  }

  private static Arguments bad(String name, List<String> committees, List<String> units, List<String> officials,
      String... expected) {
    return Arguments.of(name, committees, units, officials, List.of(expected));
  }
}
