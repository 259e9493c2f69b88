package vn.rollout.organisation;

import static vn.rollout.organisation.Role.APPROVAL;
import static vn.rollout.organisation.Role.EVALUATION;
import static vn.rollout.organisation.Role.INSPECTION;
import static vn.rollout.organisation.Role.OFFICE;
import static vn.rollout.organisation.Role.STUDY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalogue as migration V3_10 ships it, for tests without a database (OrganKindMigrationTest checks the two agree). */
final class ShippedKinds {

  static final OrganKind THUONG_VU = new OrganKind("thuong-vu", "Ban Thường vụ {committee}", Set.of(APPROVAL), Set.of(INSPECTION), 1);
  static final OrganKind VAN_PHONG =
      new OrganKind("van-phong", "Văn phòng {committee}", Set.of(OFFICE), Set.of(STUDY, APPROVAL, INSPECTION), 2);
  static final OrganKind TUYEN_GIAO = new OrganKind("tuyen-giao", "Ban Tuyên giáo {committee}", Set.of(STUDY), Set.of(), 3);
  static final OrganKind KIEM_TRA = new OrganKind("kiem-tra", "Ủy ban Kiểm tra {committee}", Set.of(INSPECTION), Set.of(), 4);
  static final OrganKind TO_CHUC = new OrganKind("to-chuc", "Ban Tổ chức {committee}", Set.of(EVALUATION), Set.of(), 5);
  static final OrganKind TUYEN_GIAO_DAN_VAN =
      new OrganKind("tuyen-giao-dan-van", "Ban Tuyên giáo và Dân vận {committee}", Set.of(STUDY), Set.of(), 6);
  static final OrganKind XAY_DUNG_DANG =
      new OrganKind("xay-dung-dang", "Ban Xây dựng Đảng {committee}", Set.of(STUDY, EVALUATION), Set.of(), 7);
  static final OrganKind CHI_UY = new OrganKind("chi-uy", "Chi ủy {committee}", Set.of(APPROVAL, INSPECTION), Set.of(), 8);
  static final OrganKind BI_THU =
      new OrganKind("bi-thu", "Bí thư {committee}", Set.of(OFFICE), Set.of(STUDY, APPROVAL, INSPECTION), 9);
  static final OrganKind DANG_VIEN = new OrganKind("dang-vien", "Đảng viên {committee}", Set.of(), Set.of(), 10);

  static final List<OrganKind> ALL = List.of(
      THUONG_VU, VAN_PHONG, TUYEN_GIAO, KIEM_TRA, TO_CHUC, TUYEN_GIAO_DAN_VAN, XAY_DUNG_DANG, CHI_UY, BI_THU, DANG_VIEN);

  private ShippedKinds() {}

  static Map<String, OrganKind> catalogue() {
    Map<String, OrganKind> catalogue = new LinkedHashMap<>();
    ALL.forEach(kind -> catalogue.put(kind.key(), kind));
    return catalogue;
  }

  static Committee committee(String code, String name, OrganKind... organs) {
    return new Committee(code, name, "CB", null, 0, List.of(organs));
  }
}
