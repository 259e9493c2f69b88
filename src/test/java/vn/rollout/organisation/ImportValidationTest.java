package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.Problem;

class ImportValidationTest {

  static final String COMMITTEES = "code,name,symbol,parent_code,organs\n";

  final Map<String, Committee> storedCommittees = new HashMap<>();
  final Map<String, Unit> storedUnits = new HashMap<>();
  final Map<String, Official> storedOfficials = new HashMap<>();

  @Test
  void shouldDeriveDepthsWhateverTheOrderOfTheRows() {
    ImportPlan plan = check(COMMITTEES
        + "dn-hai-chau-tdp1,Chi bộ Tổ dân phố 1,CB,dn-hai-chau,thuong-vu;van-phong\n"
        + "dn-hai-chau,Đảng ủy phường Hải Châu,ĐU,dn,van-phong\n"
        + "dn,Thành ủy Đà Nẵng,TU,,van-phong\n");

    assertThat(plan.committees()).extracting(Committee::code, Committee::depth)
        .containsExactly(tuple("dn-hai-chau-tdp1", 2), tuple("dn-hai-chau", 1), tuple("dn", 0));
  }

  @Test
  void shouldMoveStoredDescendantsWithTheirAncestor() {
    stored("dn", null, 0);
    stored("bg", null, 0);
    stored("dn-hai-chau", "dn", 1);
    stored("dn-hai-chau-tdp1", "dn-hai-chau", 2);
    stored("dn-son-tra", "dn", 1);

    ImportPlan plan = check(COMMITTEES + "dn,Thành ủy Đà Nẵng,TU,bg,van-phong\n");

    assertThat(plan.committees()).extracting(Committee::code, Committee::depth).containsExactly(tuple("dn", 1));
    assertThat(plan.movedDescendants()).extracting(Committee::code, Committee::depth)
        .containsExactlyInAnyOrder(tuple("dn-hai-chau", 2), tuple("dn-hai-chau-tdp1", 3), tuple("dn-son-tra", 2));
  }

  @Test
  void shouldNameEveryCommitteeOfACycleInTheFiles() {
    List<Problem> problems = problems(COMMITTEES
        + "a,Đảng ủy A,ĐU,c,van-phong\n"
        + "b,Đảng ủy B,ĐU,a,van-phong\n"
        + "c,Đảng ủy C,ĐU,b,van-phong\n"
        + "d,Chi bộ D,CB,c,van-phong\n");

    assertThat(problems).extracting(Problem::line, Problem::field, Problem::reason).containsExactly(
        tuple(2, "parent_code", "parent_code makes a cycle: a → c → b → a"),
        tuple(3, "parent_code", "parent_code makes a cycle: b → a → c → b"),
        tuple(4, "parent_code", "parent_code makes a cycle: c → b → a → c"));
  }

  @Test
  void shouldFindACycleThroughStoredCommittees() {
    stored("dn", null, 0);
    stored("dn-hai-chau", "dn", 1);

    List<Problem> problems = problems(COMMITTEES + "dn,Thành ủy Đà Nẵng,TU,dn-hai-chau,van-phong\n");

    assertThat(problems).extracting(Problem::line, Problem::reason)
        .containsExactly(tuple(2, "parent_code makes a cycle: dn → dn-hai-chau → dn"));
  }

  @Test
  void shouldReserveTheCodeThatWouldCollideWithUnitGroups() {
    List<Problem> problems = problems(COMMITTEES + "unit,Đảng ủy Unit,ĐU,,van-phong\n");

    assertThat(problems).extracting(Problem::field, Problem::reason).containsExactly(tuple("code", "the code unit is reserved"));
  }

  @Test
  void shouldCheckEveryFieldOfARow() {
    List<Problem> problems = problems(COMMITTEES + "Hai Chau,,tu,,\n");

    assertThat(problems).extracting(Problem::field).containsExactly("code", "name", "symbol", "organs");
  }

  private void stored(String code, String parent, int depth) {
    storedCommittees.put(code, new Committee(code, "Cấp ủy " + code, "ĐU", parent, depth, List.of(ShippedKinds.VAN_PHONG)));
  }

  private ImportPlan check(String committees) {
    return validation().check(new OrganisationFiles(committees.getBytes(StandardCharsets.UTF_8), null, null));
  }

  private List<Problem> problems(String committees) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> check(committees));
    assertThat(e).as("the files should have problems").isNotNull();
    assertThat(e.field()).isEqualTo("committees");
    return e.problems();
  }

  private ImportValidation validation() {
    return new ImportValidation(new OrganisationState(ShippedKinds.catalogue(), storedCommittees, storedUnits, storedOfficials), Set.of(), null);
  }
}
