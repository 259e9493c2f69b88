package vn.rollout.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.support.RolloutTest;

/** A mail opens with the name of the group it goes to, as the catalogue of organ kinds names it. */
class AddresseesIT extends RolloutTest {

  @Autowired Addressees addressees;

  @Test
  void shouldGreetEachOrganByItsOwnName() {
    String ward = organisation.committeeOfKinds("phuong", "Đảng ủy phường Hải Châu", "ĐU", null,
        "thuong-vu", "van-phong", "xay-dung-dang", "kiem-tra");
    String cell = organisation.committeeOfKinds("chibo", "Chi bộ Tổ dân phố 7 phường Hải Châu", "CB", ward, "bi-thu", "dang-vien");
    String oldCell = organisation.committee("chibo", "Chi bộ Tổ dân phố 8 phường Hải Châu", "CB", ward,
        Organ.STANDING_COMMITTEE, Organ.OFFICE, Organ.PROPAGANDA, Organ.INSPECTION);

    assertThat(addressees.salutation(ward + ".van-phong")).isEqualTo("Kính gửi: Văn phòng Đảng ủy phường Hải Châu");
    assertThat(addressees.name(ward + ".xay-dung-dang")).isEqualTo("Ban Xây dựng Đảng Đảng ủy phường Hải Châu");
    assertThat(addressees.name(cell + ".bi-thu")).isEqualTo("Bí thư Chi bộ Tổ dân phố 7 phường Hải Châu");
    // a cell of the five-organ format: a secretary and a cell committee, never a standing committee or an office
    assertThat(addressees.name(oldCell + ".thuong-vu")).isEqualTo("Bí thư Chi bộ Tổ dân phố 8 phường Hải Châu");
    assertThat(addressees.name(oldCell + ".van-phong")).isEqualTo("Chi ủy Chi bộ Tổ dân phố 8 phường Hải Châu");
    // an organ the committee does not have, or no group at all
    assertThat(addressees.name(cell + ".van-phong")).isEqualTo(cell + ".van-phong");
    assertThat(addressees.name(null)).isEqualTo("các đồng chí");
  }
}
