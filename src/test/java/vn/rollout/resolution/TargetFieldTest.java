package vn.rollout.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixed list of fields a target belongs to, as the API reads it and the start form offers it. */
class TargetFieldTest {

  @Test
  void shouldReadACodeOrAVietnameseLabelInAnyCaseFormOrDash() {
    assertThat(TargetField.parse("ECONOMY")).contains(TargetField.ECONOMY);
    assertThat(TargetField.parse("economy")).contains(TargetField.ECONOMY);
    assertThat(TargetField.parse(" kinh tế ")).contains(TargetField.ECONOMY);
    assertThat(TargetField.parse(Normalizer.normalize("Văn hóa - xã hội", Normalizer.Form.NFD))).contains(TargetField.CULTURE_SOCIETY);
    assertThat(TargetField.parse("VĂN HÓA – XÃ HỘI")).contains(TargetField.CULTURE_SOCIETY);
    assertThat(TargetField.parse("xây dựng Đảng")).contains(TargetField.PARTY_BUILDING);
    assertThat(TargetField.parse("kinh te")).isEmpty();
    assertThat(TargetField.parse("")).isEmpty();
    assertThat(TargetField.parse(null)).isEmpty();
  }

  @Test
  void shouldAverageRatesAndSumCounts() {
    assertThat(Target.aggregationOf("%")).isEqualTo(Target.Aggregation.AVERAGE);
    assertThat(Target.aggregationOf("USD/người")).isEqualTo(Target.Aggregation.AVERAGE);
    assertThat(Target.aggregationOf("‰")).isEqualTo(Target.Aggregation.AVERAGE);
    assertThat(Target.aggregationOf("hồ sơ")).isEqualTo(Target.Aggregation.SUM);
    assertThat(Target.aggregationOf("tỷ đồng")).isEqualTo(Target.Aggregation.SUM);
  }

  @Test
  void shouldOfferEveryFieldOnTheStartFormWithItsLabel() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/resolution-registration.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      for (JsonNode inner : component.path("components")) {
        if ("Field_TargetField".equals(inner.path("id").asText())) {
          inner.path("values").forEach(value -> offered.add(value.path("value").asText() + "=" + value.path("label").asText()));
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (TargetField field : TargetField.values()) {
      expected.add(field.name() + "=" + field.label());
    }
    assertThat(offered).isEqualTo(expected);
  }
}
