package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.Role;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;

/**
 * What {@code /api} lets an organ read: the office its committee's subtree (programme items,
 * monitoring), the organisation board its subtree's evaluation figures; nobody a sibling's data.
 * The caller is the engine's current authentication, as {@code RestAuthenticationConfiguration} sets it
 * for every {@code /api} request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeAccessIT extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired CommitteeAccess access;

  String city;
  String wardA;
  String cellOfA;
  String wardB;

  @BeforeAll
  void aCityWithTwoWardsAndACell() {
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    city = fixture.committee("sec-thanh-pho", "Thành ủy Thử", null, Organ.OFFICE, Organ.ORGANISATION);
    wardA = fixture.committee("sec-phuong-a", "Đảng ủy phường A", city, Organ.OFFICE, Organ.ORGANISATION);
    cellOfA = fixture.committee("sec-chi-bo", "Chi bộ khu phố 1", wardA, Organ.OFFICE);
    wardB = fixture.committee("sec-phuong-b", "Đảng ủy phường B", city, Organ.OFFICE);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  void signIn(String... groups) {
    identityService.setAuthentication("nguoi-dung-thu", List.of(groups));
  }

  @Test
  void shouldLetAnOfficeReadItsCommitteeAndEveryoneBelow() {
    signIn(TaskGroups.organ(wardA, Organ.OFFICE));

    assertThat(access.mayRead(Role.OFFICE, wardA)).isTrue();
    assertThat(access.mayRead(Role.OFFICE, cellOfA)).isTrue();
    assertThat(access.mayRead(Role.OFFICE, wardB)).isFalse();
    assertThat(access.mayRead(Role.OFFICE, city)).isFalse();
    assertThatThrownBy(() -> access.require(Role.OFFICE, wardB))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("Văn phòng");
  }

  @Test
  void shouldLetTheCitysSecretariatReadEveryWard() {
    signIn(TaskGroups.organ(city, Organ.OFFICE));

    assertThatCode(() -> access.require(Role.OFFICE, wardB)).doesNotThrowAnyException();
    assertThatCode(() -> access.require(Role.OFFICE, cellOfA)).doesNotThrowAnyException();
  }

  @Test
  void shouldLetTheOrganisationBoardReadEvaluationFiguresOfItsSubtreeOnly() {
    signIn(TaskGroups.organ(wardA, Organ.ORGANISATION));

    assertThat(access.mayRead(Role.EVALUATION, cellOfA)).isTrue();
    assertThat(access.mayRead(Role.EVALUATION, wardB)).isFalse();
    // the board does not read what is the office's
    assertThat(access.mayRead(Role.OFFICE, wardA)).isFalse();
  }

  @Test
  void shouldLetAnAdministratorAndTheSystemReadEverything() {
    signIn(Groups.CAMUNDA_ADMIN);
    assertThat(access.mayRead(Role.EVALUATION, wardB)).isTrue();

    identityService.clearAuthentication();
    assertThat(access.mayRead(Role.OFFICE, wardB)).isTrue();
  }

  @Test
  void shouldLetNoOneElseReadAnUnknownCommittee() {
    signIn(TaskGroups.organ(city, Organ.OFFICE));

    assertThat(access.mayRead(Role.OFFICE, "khong-co")).isFalse();
  }
}
