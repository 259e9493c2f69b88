package vn.rollout.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.rollout.programme.quality.ProgrammeItem;
import vn.rollout.programme.quality.ProgrammeLimits;
import vn.rollout.resolution.Term;

/**
 * A city's 200-item programme and a ward's 200-item programme under it, in the wording of the
 * source articles: a third of the ward's items copy the city's with the level words swapped, the
 * rest name the ward's own figures, places and units on the city's actions and objects. Since the
 * check stopped letting figures and places rescue a copy (issue 20), it finds those copies too; the
 * programmes are kept as they were, so that the figure compares with the earlier runs. And the
 * largest request the check accepts, {@link #atTheLimits()}.
 */
record GeneratedProgrammes(Term term, List<ProgrammeItem> items, List<ProgrammeItem> parent) {

  static final String[] ACTIONS = {"Hoàn thành số hóa", "Tổ chức kiểm tra", "Xây dựng đề án", "Rà soát, bổ sung quy hoạch",
      "Tổ chức hội nghị quán triệt", "Nâng cấp hệ thống", "Đào tạo, bồi dưỡng", "Sơ kết việc thực hiện"};
  static final String[] OBJECTS = {"hồ sơ đảng viên", "tổ chức cơ sở đảng", "cán bộ chủ chốt", "chi bộ khu dân cư",
      "phần mềm quản lý văn bản", "nghị quyết chuyên đề về chuyển đổi số", "cơ sở dữ liệu đảng viên", "quy chế làm việc"};
  static final String[] OUTPUTS = {"Báo cáo kết quả", "Cơ sở dữ liệu", "Kết luận kiểm tra", "Quyết định ban hành",
      "Hội nghị", "Đề án được phê duyệt"};

  static GeneratedProgrammes twoHundredAgainstTwoHundred() {
    Term term = new Term(LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));
    List<ProgrammeItem> parent = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      parent.add(item(ACTIONS[i % ACTIONS.length] + " " + OBJECTS[(i / ACTIONS.length) % OBJECTS.length]
              + " trên địa bàn thành phố, giai đoạn " + (2026 + i % 4),
          "Ban Tổ chức Thành ủy", OUTPUTS[i % OUTPUTS.length] + " của Thành ủy", i));
    }
    List<ProgrammeItem> items = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      if (i % 3 == 0) {
        ProgrammeItem copied = parent.get((i * 7) % 200);
        items.add(item(copied.content().replace("thành phố", "phường").replace("Thành ủy", "Đảng ủy phường"),
            "Văn phòng Đảng ủy phường", copied.output().replace("Thành ủy", "Đảng ủy phường"), i));
      } else {
        items.add(item(ACTIONS[i % ACTIONS.length] + " " + (40 + i) + " " + OBJECTS[i % OBJECTS.length]
                + " thuộc " + (3 + i % 9) + " chi bộ khu dân cư Hòa Cường " + (1 + i % 5),
            "Chi bộ khu dân cư số " + (1 + i % 12), (12 + i) + " " + OUTPUTS[i % OUTPUTS.length].toLowerCase()
                + " trước ngày 30/" + (1 + i % 12) + "/2027", i));
      }
    }
    return new GeneratedProgrammes(term, items, parent);
  }

  /**
   * The largest request the check accepts ({@link ProgrammeLimits}), made as costly as it can be: 300
   * items against 300, every text at its longest, every item of the ward a dressed-up copy of the
   * city's (so that every pair of items shares most of its words and every posting list is full), each
   * content full of places, names, years and figures to drop, each output a slogan with a figure in
   * every clause, and 30 coordinating units of 255 characters each, all different.
   */
  static GeneratedProgrammes atTheLimits() {
    Term term = new Term(LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));
    List<ProgrammeItem> parent = new ArrayList<>();
    List<ProgrammeItem> items = new ArrayList<>();
    for (int i = 0; i < ProgrammeLimits.ITEMS; i++) {
      String content = ACTIONS[i % ACTIONS.length] + " " + OBJECTS[(i / ACTIONS.length) % OBJECTS.length]
          + " trên địa bàn thành phố tại khu dân cư Hòa Cường " + i + ", Thành ủy chỉ đạo trong năm 2026, đạt 100% chỉ tiêu; ";
      String output = fill("100% cán bộ, đảng viên nâng cao nhận thức về " + OBJECTS[i % OBJECTS.length] + " năm " + (2026 + i % 4)
          + ", chuyển biến tích cực; ", ProgrammeLimits.OUTPUT);
      parent.add(atTheLimits(fill(content, ProgrammeLimits.CONTENT), output, "thanh-uy", i));
      items.add(atTheLimits(fill(content.replace("thành phố", "phường").replace("Thành ủy", "Đảng ủy phường"),
          ProgrammeLimits.CONTENT), output, "phuong", i));
    }
    return new GeneratedProgrammes(term, items, parent);
  }

  private static ProgrammeItem atTheLimits(String content, String output, String side, int i) {
    List<String> coordinators = new ArrayList<>();
    for (int c = 0; c < ProgrammeLimits.COORDINATORS; c++) {
      coordinators.add(fill("Ban Tuyên giáo và Dân vận " + side + " " + i + "-" + c + " ", ProgrammeLimits.UNIT));
    }
    return new ProgrammeItem(content, fill("Văn phòng Đảng ủy " + side + " " + i + " ", ProgrammeLimits.UNIT), coordinators,
        0L, fill("cán bộ, đảng viên " + i + " ", ProgrammeLimits.MANPOWER), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
        output, fill("100% đảng viên ", ProgrammeLimits.TARGET));
  }

  /** {@code unit} repeated to exactly {@code length} characters. */
  private static String fill(String unit, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(unit);
    }
    return text.substring(0, length);
  }

  private static ProgrammeItem item(String content, String lead, String output, int i) {
    LocalDate start = LocalDate.of(2026, 1 + i % 12, 1);
    return new ProgrammeItem(content, lead, List.of("Văn phòng"), 50_000_000L + i * 1_000_000L, (2 + i % 5) + " cán bộ",
        start, start.plusMonths(6 + i % 18), output, (10 + i) + " hồ sơ");
  }
}
