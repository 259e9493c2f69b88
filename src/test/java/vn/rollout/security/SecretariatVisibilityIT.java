package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;

/**
 * In Cockpit the central secretariat sees every committee's instance, a province's secretariat only its
 * province's, a ward's office only its ward's: per-instance grants made by {@link InstanceAccess} when
 * each instance starts, as the rollout pipeline will call it. Checked through the REST API and through
 * Cockpit's own plugin API after a Cockpit login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretariatVisibilityIT extends IntegrationTest {

  static final String PROCESS = "SecuritySecretariatProbe";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired InstanceAccess instanceAccess;
  @LocalServerPort int port;

  /** committee code → its instance */
  final Map<String, String> instances = new LinkedHashMap<>();
  String centre;
  String provinceOne;
  String wardOne;
  String provinceTwo;
  String wardTwo;
  String centralSecretariat;
  String provinceOneSecretariat;
  String wardOneOffice;
  String provinceTwoSecretariat;
  String propagandaOfWardOne;
  String deploymentId;
  String definitionId;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  private boolean prepared;

  @BeforeEach
  void twoProvincesUnderTheCentreEachWithARollout() {
    if (prepared) {
      return;
    }
    prepared = true;
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    centre = fixture.committee("sec-tw", "Trung ương", null, Organ.OFFICE);
    provinceOne = fixture.committee("sec-tinh-1", "Tỉnh ủy Một", centre, Organ.OFFICE, Organ.ORGANISATION);
    wardOne = fixture.committee("sec-phuong-1", "Đảng ủy phường Một", provinceOne, Organ.OFFICE, Organ.PROPAGANDA);
    provinceTwo = fixture.committee("sec-tinh-2", "Tỉnh ủy Hai", centre, Organ.OFFICE);
    wardTwo = fixture.committee("sec-phuong-2", "Đảng ủy phường Hai", provinceTwo, Organ.OFFICE);

    centralSecretariat = fixture.user("thu-ky-tw", TaskGroups.organ(centre, Organ.OFFICE), SecurityGroups.SECRETARIAT);
    provinceOneSecretariat = fixture.user("thu-ky-tinh-1", TaskGroups.organ(provinceOne, Organ.OFFICE), SecurityGroups.SECRETARIAT);
    wardOneOffice = fixture.user("van-phong-phuong-1", TaskGroups.organ(wardOne, Organ.OFFICE), SecurityGroups.SECRETARIAT);
    provinceTwoSecretariat = fixture.user("thu-ky-tinh-2", TaskGroups.organ(provinceTwo, Organ.OFFICE), SecurityGroups.SECRETARIAT);
    propagandaOfWardOne = fixture.user("tuyen-giao-phuong-1", TaskGroups.organ(wardOne, Organ.PROPAGANDA));

    var deployment = repositoryService.createDeployment()
        .addModelInstance("secretariat-probe.bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Draft").name("Xây dựng chương trình").camundaCandidateGroups("${officeGroup}").endEvent().done())
        .deployWithResult();
    deploymentId = deployment.getId();
    definitionId = deployment.getDeployedProcessDefinitions().get(0).getId();
    for (String committee : new String[] {centre, provinceOne, wardOne, provinceTwo, wardTwo}) {
      String instance = runtimeService.startProcessInstanceByKey(PROCESS, committee,
          Map.of("officeGroup", TaskGroups.organ(committee, Organ.OFFICE))).getId();
      instances.put(committee, instance);
      instanceAccess.grantToCommitteeChain(instance, committee);
    }
  }

  @AfterAll
  void cleanUp() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  Set<String> businessKeys(String user, String path) {
    try {
      JsonNode list = new ObjectMapper().readTree(http.withBasicAuth(user, SecurityFixture.PASSWORD)
          .getForObject("/engine-rest" + path + "?processDefinitionKey=" + PROCESS + "&firstResult=0&maxResults=50", String.class));
      Set<String> keys = new HashSet<>();
      list.forEach(instance -> keys.add(instance.get("businessKey").asText()));
      return keys;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldShowTheCentralSecretariatEveryRollout() {
    assertThat(businessKeys(centralSecretariat, "/process-instance")).containsExactlyInAnyOrder(centre, provinceOne, wardOne, provinceTwo, wardTwo);
    assertThat(businessKeys(centralSecretariat, "/history/process-instance")).containsExactlyInAnyOrder(centre, provinceOne, wardOne, provinceTwo, wardTwo);
  }

  @Test
  void shouldShowAProvincesSecretariatOnlyItsProvince() {
    assertThat(businessKeys(provinceOneSecretariat, "/process-instance")).containsExactlyInAnyOrder(provinceOne, wardOne);
    assertThat(businessKeys(provinceOneSecretariat, "/history/process-instance")).containsExactlyInAnyOrder(provinceOne, wardOne);
    assertThat(businessKeys(provinceTwoSecretariat, "/process-instance")).containsExactlyInAnyOrder(provinceTwo, wardTwo);
  }

  @Test
  void shouldShowAWardsOfficeOnlyItsWardAndOtherOrgansNothing() {
    assertThat(businessKeys(wardOneOffice, "/process-instance")).containsExactly(wardOne);
    assertThat(businessKeys(propagandaOfWardOne, "/process-instance")).isEmpty();
    assertThat(businessKeys(propagandaOfWardOne, "/history/process-instance")).isEmpty();
  }

  @Test
  void shouldShowTheSameInCockpit() throws Exception {
    var cockpit = new WebappSession(port);
    assertThat(cockpit.login("cockpit", provinceOneSecretariat, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);

    var answer = cockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50",
        "{\"processDefinitionId\":\"" + definitionId + "\"}", true);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Set<String> seen = new HashSet<>();
    new ObjectMapper().readTree(answer.body()).forEach(instance -> seen.add(instance.get("businessKey").asText()));
    assertThat(seen).containsExactlyInAnyOrder(provinceOne, wardOne);
  }

  @Test
  void shouldOpenCockpitOnlyToTheSecretariat() {
    assertThat(new WebappSession(port).login("cockpit", propagandaOfWardOne, SecurityFixture.PASSWORD).statusCode()).isIn(401, 403);
    assertThat(new WebappSession(port).login("cockpit", wardOneOffice, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldGrantOnlyTheOfficesOfTheCommitteeAndItsSuperiorsAndBeIdempotent() {
    assertThat(instanceAccess.grantToCommitteeChain(instances.get(wardOne), wardOne)).containsExactly(
        TaskGroups.organ(wardOne, Organ.OFFICE), TaskGroups.organ(provinceOne, Organ.OFFICE), TaskGroups.organ(centre, Organ.OFFICE));
    assertThat(authorizationService.createAuthorizationQuery().resourceId(instances.get(wardOne)).count()).isEqualTo(6);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isPositive();
  }
}
