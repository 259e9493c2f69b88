package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialNameTest {

  @Test
  void shouldTakeTheLastWordAsTheGivenName() {
    assertThat(OfficialName.of("Nguyễn Văn An")).isEqualTo(new OfficialName("Nguyễn Văn", "An"));
    assertThat(OfficialName.of("Tôn Nữ  Thị Ngọc Ánh")).isEqualTo(new OfficialName("Tôn Nữ Thị Ngọc", "Ánh"));
  }

  @Test
  void shouldKeepASingleWordAsTheGivenName() {
    assertThat(OfficialName.of("Minh")).isEqualTo(new OfficialName("", "Minh"));
  }
}
