package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.rollout.organisation.ShippedKinds.BI_THU;
import static vn.rollout.organisation.ShippedKinds.CHI_UY;
import static vn.rollout.organisation.ShippedKinds.DANG_VIEN;
import static vn.rollout.organisation.ShippedKinds.KIEM_TRA;
import static vn.rollout.organisation.ShippedKinds.THUONG_VU;
import static vn.rollout.organisation.ShippedKinds.TO_CHUC;
import static vn.rollout.organisation.ShippedKinds.TUYEN_GIAO;
import static vn.rollout.organisation.ShippedKinds.TUYEN_GIAO_DAN_VAN;
import static vn.rollout.organisation.ShippedKinds.VAN_PHONG;
import static vn.rollout.organisation.ShippedKinds.XAY_DUNG_DANG;
import static vn.rollout.organisation.ShippedKinds.committee;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which organ of a committee plays which role, with the shipped catalogue's fallbacks. */
class CommitteeRolesTest {

  @Test
  void shouldLetACellsSecretaryDoTheOfficesTheStandingCommitteesAndThePropagandaBoardsWork() {
    Committee cell = committee("cb", "Chi bộ Tổ dân phố 1", BI_THU, DANG_VIEN);

    assertThat(groups(cell)).containsExactly(
        Map.entry(Role.STUDY, "cb.bi-thu"), Map.entry(Role.OFFICE, "cb.bi-thu"), Map.entry(Role.APPROVAL, "cb.bi-thu"),
        Map.entry(Role.INSPECTION, "cb.bi-thu"), Map.entry(Role.EVALUATION, "-"));
    assertThat(cell.organName(Role.APPROVAL)).contains("Bí thư Chi bộ Tổ dân phố 1");
  }

  @Test
  void shouldLetACellCommitteeApproveAndTheSecretaryDoTheRest() {
    Committee cell = committee("cb", "Chi bộ Tổ dân phố 1", DANG_VIEN, CHI_UY, BI_THU);

    assertThat(groups(cell)).containsExactly(
        Map.entry(Role.STUDY, "cb.bi-thu"), Map.entry(Role.OFFICE, "cb.bi-thu"), Map.entry(Role.APPROVAL, "cb.chi-uy"),
        Map.entry(Role.INSPECTION, "cb.chi-uy"), Map.entry(Role.EVALUATION, "-"));
  }

  @Test
  void shouldGiveEachRoleItsOwnOrganInAProvinceOfToday() {
    Committee province = committee("bn", "Tỉnh ủy Bắc Ninh", TO_CHUC, KIEM_TRA, TUYEN_GIAO_DAN_VAN, VAN_PHONG, THUONG_VU);

    assertThat(groups(province)).containsExactly(
        Map.entry(Role.STUDY, "bn.tuyen-giao-dan-van"), Map.entry(Role.OFFICE, "bn.van-phong"),
        Map.entry(Role.APPROVAL, "bn.thuong-vu"), Map.entry(Role.INSPECTION, "bn.kiem-tra"), Map.entry(Role.EVALUATION, "bn.to-chuc"));
    assertThat(province.organName(Role.STUDY)).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh");
  }

  @Test
  void shouldLetACommunesPartyBuildingBoardStudyAndEvaluate() {
    Committee commune = committee("xa", "Đảng ủy xã Tiên Du", THUONG_VU, VAN_PHONG, XAY_DUNG_DANG, KIEM_TRA);

    assertThat(groups(commune)).containsExactly(
        Map.entry(Role.STUDY, "xa.xay-dung-dang"), Map.entry(Role.OFFICE, "xa.van-phong"), Map.entry(Role.APPROVAL, "xa.thuong-vu"),
        Map.entry(Role.INSPECTION, "xa.kiem-tra"), Map.entry(Role.EVALUATION, "xa.xay-dung-dang"));
  }

  /** The fallbacks the code had before organs were data: the same groups for the same five-organ committees. */
  @Test
  void shouldKeepTheFallbacksOfTheFiveOrgansOfBefore() {
    assertThat(groups(committee("cb", "Chi bộ", THUONG_VU, VAN_PHONG))).containsExactly(
        Map.entry(Role.STUDY, "cb.van-phong"), Map.entry(Role.OFFICE, "cb.van-phong"), Map.entry(Role.APPROVAL, "cb.thuong-vu"),
        Map.entry(Role.INSPECTION, "cb.thuong-vu"), Map.entry(Role.EVALUATION, "-"));
    assertThat(groups(committee("xa", "Đảng ủy xã", VAN_PHONG))).containsExactly(
        Map.entry(Role.STUDY, "xa.van-phong"), Map.entry(Role.OFFICE, "xa.van-phong"), Map.entry(Role.APPROVAL, "xa.van-phong"),
        Map.entry(Role.INSPECTION, "xa.van-phong"), Map.entry(Role.EVALUATION, "-"));
    assertThat(groups(committee("tu", "Thành ủy", VAN_PHONG, TUYEN_GIAO, KIEM_TRA, TO_CHUC, THUONG_VU))).containsExactly(
        Map.entry(Role.STUDY, "tu.tuyen-giao"), Map.entry(Role.OFFICE, "tu.van-phong"), Map.entry(Role.APPROVAL, "tu.thuong-vu"),
        Map.entry(Role.INSPECTION, "tu.kiem-tra"), Map.entry(Role.EVALUATION, "tu.to-chuc"));
    assertThat(committee("x", "Đảng ủy xã", KIEM_TRA).group(Role.OFFICE)).isEqualTo(Optional.empty());
  }

  private static Map<Role, String> groups(Committee committee) {
    Map<Role, String> groups = new LinkedHashMap<>();
    Arrays.stream(Role.values()).forEach(role -> groups.put(role, committee.group(role).orElse("-")));
    return groups;
  }
}
