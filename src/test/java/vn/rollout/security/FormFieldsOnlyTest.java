package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The names a Camunda Form's submission carries, as {@link FormFieldsOnly} reads them. */
class FormFieldsOnlyTest {

  @Test
  void shouldReadInputsListsAndGroupsAndNothingThatOnlyShows() {
    String form = """
        {"id": "thu", "type": "default", "components": [
          {"type": "text", "text": "# {{resolutionTitle}}"},
          {"type": "textfield", "key": "note", "label": "Ghi chú"},
          {"type": "textfield", "key": "address.street", "label": "Đường"},
          {"type": "group", "components": [{"type": "number", "key": "invited"}, {"type": "text", "text": "x"}]},
          {"type": "group", "path": "meeting", "components": [{"type": "datetime", "key": "day"}]},
          {"type": "dynamiclist", "path": "sessions", "components": [{"type": "number", "key": "attended"}]},
          {"type": "button", "action": "submit", "label": "Gửi"},
          {"type": "spacer"},
          {"type": "expression", "key": "total", "expression": "=1"}
        ]}""";

    assertThat(FormFieldsOnly.fields(stream(form)))
        .containsExactlyInAnyOrder("note", "address", "invited", "meeting", "sessions", "total");
  }

  @Test
  void shouldGiveNoFieldsWithoutAForm() {
    assertThat(FormFieldsOnly.fields(null)).isEmpty();
    assertThat(FormFieldsOnly.fields(stream("{\"id\": \"trong\", \"components\": []}"))).isEmpty();
  }

  @Test
  void shouldReadTheProductsStudyFormAsTasklistSubmitsIt() throws IOException {
    try (InputStream study = Files.newInputStream(Path.of("forms/study-sessions.form"))) {
      assertThat(FormFieldsOnly.fields(study))
          .containsExactlyInAnyOrder("sessions", "makeUpSession", "makeUpDate", "studyNotes");
    }
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
