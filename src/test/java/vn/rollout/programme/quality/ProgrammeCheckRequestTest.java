package vn.rollout.programme.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The request of {@code POST /api/programmes/check} as Spring's Jackson reads it: which input is refused, and where. */
class ProgrammeCheckRequestTest {

  static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"programme":{"items":[{},{},{"deadline":"31/12/2026"}]}}        | programme.items[2].deadline
      {"programme":{"items":[{"deadline":"2026-02-30"}]}}              | programme.items[0].deadline
      {"programme":{"items":[{"start":"2026-1-1"}]}}                   | programme.items[0].start
      {"programme":{"items":[{"start":20260101}]}}                     | programme.items[0].start
      {"programme":{"items":[{"deadline":"2026-12-31T00:00:00Z"}]}}    | programme.items[0].deadline
      {"programme":{"items":[{"budgetVnd":"nhiều"}]}}                  | programme.items[0].budgetVnd
      {"programme":{"items":[{"budgetVnd":"150000000"}]}}              | programme.items[0].budgetVnd
      {"programme":{"items":[{"budgetVnd":1.5}]}}                      | programme.items[0].budgetVnd
      {"programme":{"items":[{"budgetVnd":-1}]}}                       | programme.items[0].budgetVnd
      {"programme":{"items":[{"budgetVnd":99999999999999999999}]}}     | programme.items[0].budgetVnd
      {"programme":{"items":[{"content":5}]}}                          | programme.items[0].content
      {"programme":{"items":[{"output":{"text":"x"}}]}}                | programme.items[0].output
      {"programme":{"items":[{"coordinators":["Sở Y tế",7]}]}}         | programme.items[0].coordinators[1]
      {"programme":{"items":[{"coordinators":"Sở Y tế"}]}}             | programme.items[0].coordinators
      {"programme":{"items":{}}}                                       | programme.items
      {"programme":{"items":["Tăng cường kiểm tra"]}}                  | programme.items[0]
      {"programme":{"term":"2025-2030"}}                               | programme.term
      {"programme":{"term":{"from":"01/10/2025"}}}                     | programme.term.from
      {"programme":{"committee":12}}                                   | programme.committee
      {"programme":[]}                                                 | programme
      {"parent":{"items":[{},{"deadline":"2026-13-01"}]}}              | parent.items[1].deadline
      """)
  void shouldRefuseAWrongTypeOrFormatAtItsField(String body, String field) {
    assertThatThrownBy(() -> JSON.readValue(body, ProgrammeCheckController.Request.class))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo(field));
  }

  @Test
  void shouldReadAbsentNullAndBlankFieldsAsMissing() throws Exception {
    var request = JSON.readValue("""
        {"programme":{"committee":null,"term":{"from":"2025-10-01","to":" "},
          "items":[{"content":"Lắp đặt 40 camera","lead":"","coordinators":null,"budgetVnd":"","start":"",
                    "deadline":null,"output":"  "},null]}}
        """, ProgrammeCheckController.Request.class);

    assertThat(request.parent()).isNull();
    assertThat(request.programme().term().from()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(request.programme().term().to()).isNull();
    var item = request.programme().items().get(0);
    assertThat(item.budgetVnd()).isNull();
    assertThat(item.start()).isNull();
    assertThat(item.deadline()).isNull();
    assertThat(request.programme().items().get(1)).isNull();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining())
        .substring(1);
  }
}
