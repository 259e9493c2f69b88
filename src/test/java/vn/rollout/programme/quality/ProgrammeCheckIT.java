package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.rollout.support.IntegrationTest;

/**
 * {@code POST /api/programmes/check} as the office calls it: every sample of
 * {@code src/test/resources/quality-samples} (judged as its README says) and every case of our own in
 * {@code programme-check-cases} (judged exactly), and bad input answered 400 naming the field.
 */
class ProgrammeCheckIT extends IntegrationTest {

  static final String CHECK = "/api/programmes/check";
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "TrienKhai@2026";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  static Stream<String> samples() throws IOException {
    return cases("quality-samples");
  }

  static Stream<String> ownCases() throws IOException {
    return cases("programme-check-cases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldJudgeEverySampleAsItsReadmeSays(String path) throws IOException {
    JsonNode sample = read(path);
    JsonNode answer = check(sample.get("request"));

    assertThat(answer.get("verdict").asText()).isEqualTo(sample.at("/expected/verdict").asText());
    Set<String> expected = findings(sample.at("/expected/findings"));
    Set<String> found = findings(answer.get("findings"));
    assertThat(found).containsAll(expected);
    assertThat(found).filteredOn(f -> f.endsWith(" COPIED") || f.endsWith(" SLOGAN"))
        .as("COPIED and SLOGAN findings not in the sample")
        .isSubsetOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownCases")
  void shouldJudgeOurOwnCasesExactly(String path) throws IOException {
    JsonNode sample = read(path);
    JsonNode answer = check(sample.get("request"));

    assertThat(answer.get("verdict").asText()).isEqualTo(sample.at("/expected/verdict").asText());
    assertThat(findings(answer.get("findings"))).isEqualTo(findings(sample.at("/expected/findings")));
  }

  @Test
  void shouldAnswerTheContractsFieldsWithAVietnameseMessageForEveryFinding() throws IOException {
    JsonNode answer = check(read("quality-samples/local-programme.json").get("request"));

    assertThat(answer.get("copyScore").asDouble()).isEqualTo(0.142);
    JsonNode copied = answer.get("findings").get(0);
    assertThat(copied.get("item").asInt()).isEqualTo(6);
    assertThat(copied.get("kind").asText()).isEqualTo("COPIED");
    assertThat(copied.get("parentItem").asInt()).isEqualTo(5);
    assertThat(copied.get("similarity").asDouble()).isBetween(0.6, 1.0);
    assertThat(copied.get("message").asText()).startsWith("Nội dung gần như chép lại mục 6 của chương trình cấp trên");
  }

  @Test
  void shouldReportAnEmptyProgrammeWithoutAnItem() throws IOException {
    for (String body : List.of("{}", "{\"programme\":null}", "{\"programme\":{\"items\":[]},\"parent\":null}")) {
      JsonNode answer = JSON.readTree(post(body, ADMIN, ADMIN_PASSWORD).getBody());

      assertThat(answer.get("verdict").asText()).isEqualTo("RETURNED");
      assertThat(answer.get("findings")).singleElement().satisfies(finding -> {
        assertThat(finding.get("kind").asText()).isEqualTo("EMPTY");
        assertThat(finding.get("item").isNull()).isTrue();
      });
    }
  }

  @Test
  void shouldReportAbsentNullAndBlankFieldsAsFindings() throws IOException {
    String body = """
        {"programme":{"committee":"","term":{"from":"2025-10-01","to":""},
          "items":[{"content":"Lắp đặt 40 camera an ninh","lead":"  ","coordinators":null,"budgetVnd":"",
                    "start":"","deadline":null,"output":""},
                   {"content":"Kiểm tra 14 chi bộ mỗi năm"},
                   null]}}
        """;

    ResponseEntity<String> response = post(body, ADMIN, ADMIN_PASSWORD);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode answer = JSON.readTree(response.getBody());
    assertThat(answer.get("verdict").asText()).isEqualTo("RETURNED");
    assertThat(findings(answer.get("findings"))).containsExactlyInAnyOrder(
        "0 MISSING_LEAD", "0 MISSING_DEADLINE", "0 MISSING_OUTPUT", "0 MISSING_RESOURCES",
        "1 MISSING_LEAD", "1 MISSING_DEADLINE", "1 MISSING_OUTPUT", "1 MISSING_RESOURCES",
        "2 MISSING_LEAD", "2 MISSING_DEADLINE", "2 MISSING_OUTPUT", "2 MISSING_RESOURCES");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"programme":{"items":[{},{},{"deadline":"31/12/2026"}]}}        | programme.items[2].deadline
      {"programme":{"items":[{"start":20260101}]}}                     | programme.items[0].start
      {"programme":{"items":[{"budgetVnd":"nhiều"}]}}                  | programme.items[0].budgetVnd
      {"programme":{"items":[{"budgetVnd":99999999999999999999}]}}     | programme.items[0].budgetVnd
      {"programme":{"items":[{"content":5}]}}                          | programme.items[0].content
      {"programme":{"items":[{"coordinators":["Sở Y tế",7]}]}}         | programme.items[0].coordinators[1]
      {"programme":{"items":{}}}                                       | programme.items
      {"programme":{"term":{"from":"01/10/2025"}}}                     | programme.term.from
      {"programme":{"term":{"from":"2030-10-01","to":"2025-09-30"}}}   | programme.term.to
      {"parent":{"items":[{},{"deadline":"2026-13-01"}]}}              | parent.items[1].deadline
      """)
  void shouldAnswer400NamingTheField(String body, String field) throws IOException {
    ResponseEntity<String> response = post(body, ADMIN, ADMIN_PASSWORD);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = JSON.readTree(response.getBody());
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("message").asText()).contains(field);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      programme.items                  | 300
      parent.items                     | 300
      programme.items[0].content       | 2000
      programme.items[299].output      | 2000
      parent.items[3].output           | 2000
      programme.items[1].manpower      | 255
      parent.items[0].target           | 255
      programme.items[2].lead          | 255
      programme.items[0].coordinators  | 30
      parent.items[1].coordinators[2]  | 255
      programme.committee              | 64
      """)
  void shouldAnswer400NamingTheFieldAboveItsLimitAndTheLimit(String field, int limit) throws IOException {
    ObjectNode body = atTheLimits();
    over(body, field, limit);

    ResponseEntity<String> response = post(JSON.writeValueAsString(body), ADMIN, ADMIN_PASSWORD);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = JSON.readTree(response.getBody());
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("message").asText()).contains(field).contains("at most " + limit);
  }

  @Test
  void shouldCheckTheLargestRequestItAccepts() throws IOException {
    JsonNode answer = check(atTheLimits());

    assertThat(answer.get("verdict").asText()).isEqualTo("RETURNED");
    assertThat(answer.get("findings")).hasSizeGreaterThanOrEqualTo(ProgrammeLimits.ITEMS);
  }

  /**
   * 300 items against 300, every text at its longest (a NFD text counts as its NFC form), and as many
   * coordinators as an item may name.
   */
  static ObjectNode atTheLimits() {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode programme = body.putObject("programme");
    programme.put("committee", "c".repeat(ProgrammeLimits.COMMITTEE));
    programme.putObject("term").put("from", "2025-10-01").put("to", "2030-09-30");
    for (String side : List.of("programme", "parent")) {
      ArrayNode items = (side.equals("programme") ? programme : body.putObject("parent")).putArray("items");
      for (int i = 0; i < ProgrammeLimits.ITEMS; i++) {
        ObjectNode item = items.addObject();
        item.put("content", Normalizer.normalize(text("Tăng cường, nâng cao chất lượng tổ chức cơ sở đảng " + i + " ",
            ProgrammeLimits.CONTENT), Normalizer.Form.NFD));
        item.put("lead", text("Ban Tổ chức Đảng ủy ", ProgrammeLimits.UNIT));
        ArrayNode coordinators = item.putArray("coordinators");
        for (int c = 0; c < ProgrammeLimits.COORDINATORS; c++) {
          coordinators.add(text("Ủy ban MTTQ " + c + " ", ProgrammeLimits.UNIT));
        }
        item.put("budgetVnd", 0).put("manpower", text("cán bộ ", ProgrammeLimits.MANPOWER))
            .put("start", "2026-01-01").put("deadline", "2027-12-31")
            .put("output", text("Chất lượng được nâng lên rõ rệt, " + i + " ", ProgrammeLimits.OUTPUT))
            .put("target", text("100% ", ProgrammeLimits.TARGET));
      }
    }
    return body;
  }

  /** A text of exactly {@code length} characters (in NFC), repeating {@code unit}. */
  private static String text(String unit, int length) {
    StringBuilder text = new StringBuilder();
    while (ProgrammeLimits.length(text.toString()) < length) {
      text.append(unit);
    }
    String nfc = Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
    return nfc.substring(0, nfc.offsetByCodePoints(0, length));
  }

  /** Makes the field one above its limit. */
  private static void over(ObjectNode body, String field, int limit) {
    String[] path = field.replace("]", "").split("[.\\[]");
    JsonNode node = body;
    for (int k = 0; k < path.length - 1; k++) {
      node = path[k].matches("\\d+") ? node.get(Integer.parseInt(path[k])) : node.get(path[k]);
    }
    String last = path[path.length - 1];
    if (node instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), JSON.getNodeFactory().textNode(text("Sở Nội vụ ", limit + 1)));
    } else if (node.get(last) instanceof ArrayNode array) {
      array.add(array.get(0).deepCopy());
    } else {
      ((ObjectNode) node).put(last, text("Thành ủy ", limit + 1));
    }
  }

  @Test
  void shouldAnswer400ToABodyThatIsNotJson() throws IOException {
    for (String body : List.of("{\"programme\":{\"items\":[", "không phải JSON", "", "null")) {
      ResponseEntity<String> response = post(body, ADMIN, ADMIN_PASSWORD);

      assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(JSON.readTree(response.getBody()).get("status").asInt()).isEqualTo(400);
    }
  }

  @Test
  void shouldRefuseACheckWithoutCredentials() {
    assertThat(http.postForEntity(CHECK, json("{}"), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldLetAnySignedInUserCheck() {
    var user = identity.newUser("programme-check-user");
    user.setPassword("Kiem@Tra-2026");
    identity.saveUser(user);
    try {
      assertThat(post("{}", "programme-check-user", "Kiem@Tra-2026").getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      identity.deleteUser("programme-check-user");
    }
  }

  private JsonNode check(JsonNode request) throws IOException {
    ResponseEntity<String> response = post(JSON.writeValueAsString(request), ADMIN, ADMIN_PASSWORD);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private ResponseEntity<String> post(String body, String user, String password) {
    return http.withBasicAuth(user, password).exchange(CHECK, HttpMethod.POST, json(body), String.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** Findings as "item kind", e.g. "3 COPIED" or "null EMPTY". */
  private static Set<String> findings(JsonNode findings) {
    Set<String> set = new HashSet<>();
    findings.forEach(f -> set.add((f.get("item").isNull() ? "null" : f.get("item").asText()) + " " + f.get("kind").asText()));
    return set;
  }

  private static JsonNode read(String path) throws IOException {
    try (InputStream in = ProgrammeCheckIT.class.getClassLoader().getResourceAsStream(path)) {
      return JSON.readTree(in);
    }
  }

  private static Stream<String> cases(String folder) throws IOException {
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:" + folder + "/*.json");
    List<String> paths = new ArrayList<>();
    Arrays.stream(resources).map(Resource::getFilename).sorted(Comparator.naturalOrder()).forEach(name -> paths.add(folder + "/" + name));
    return paths.stream();
  }
}
