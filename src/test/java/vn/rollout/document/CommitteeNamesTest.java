package vn.rollout.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a committee's name says in its documents: its place, its Party organisation, its members, its leads. */
class CommitteeNamesTest {

  @Test
  void shouldReadThePlaceAndThePartyOrganisationOfEachKindOfCommittee() {
    assertThat(CommitteeNames.place("Thành ủy Đà Nẵng")).contains("Đà Nẵng");
    assertThat(CommitteeNames.place("Đảng ủy phường Hải Châu")).contains("Hải Châu");
    assertThat(CommitteeNames.place("Chi bộ Tổ dân phố 1")).isEmpty();
    assertThat(CommitteeNames.organisation("Thành ủy Đà Nẵng")).isEqualTo("Đảng bộ thành phố Đà Nẵng");
    assertThat(CommitteeNames.organisation("Tỉnh ủy Bắc Giang")).isEqualTo("Đảng bộ tỉnh Bắc Giang");
    assertThat(CommitteeNames.organisation("Đảng ủy xã Tân Dĩnh")).isEqualTo("Đảng bộ xã Tân Dĩnh");
    assertThat(CommitteeNames.members("Đảng ủy phường Hải Châu")).isEqualTo("Đảng ủy viên");
    assertThat(CommitteeNames.members("Chi bộ Tổ dân phố 1")).isEqualTo("Chi ủy viên");
    assertThat(CommitteeNames.levelName("Đảng ủy xã An Bình")).isEqualTo("Đảng ủy xã");
  }

  @Test
  void shouldNameLeadsInsideAProgrammeWithoutTheCommitteesOwnPlace() {
    assertThat(CommitteeNames.withoutOwnPlace("Sở Khoa học và Công nghệ thành phố Đà Nẵng", "Thành ủy Đà Nẵng"))
        .isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(CommitteeNames.withoutOwnPlace("Văn phòng Thành ủy Đà Nẵng", "Thành ủy Đà Nẵng")).isEqualTo("Văn phòng Thành ủy");
    assertThat(CommitteeNames.withoutOwnPlace("Ban cán sự đảng UBND tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang"))
        .isEqualTo("Ban cán sự đảng UBND");
    assertThat(CommitteeNames.withoutOwnPlace("Công an phường", "Đảng ủy phường Hải Châu")).isEqualTo("Công an phường");
  }
}
