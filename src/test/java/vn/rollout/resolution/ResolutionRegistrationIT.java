package vn.rollout.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRegistrationProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.support.RolloutTest;

/** Registering from Tasklist's start form "Đăng ký nghị quyết", as an office official does. */
class ResolutionRegistrationIT extends RolloutTest {

  @Autowired AuthorizationService authorizationService;

  String city;
  String definitionId;

  @BeforeEach
  void anOfficeThatMayStartRegistrations() {
    city = city();
    definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ResolutionRegistrationProcess.KEY).latestVersion().singleResult().getId();
    grant(group(city, Organ.OFFICE), Resources.PROCESS_DEFINITION, ResolutionRegistrationProcess.KEY,
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(group(city, Organ.OFFICE), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldRegisterFromTheStartFormAndStartTheRollout() {
    identityService.setAuthentication("vp-" + city, List.of(group(city, Organ.OFFICE)));

    ProcessInstance registration = formService.submitStartForm(definitionId, startForm("15-NQ/TU"));
    identityService.clearAuthentication();

    assertThat(registration).isEnded().hasPassed(ResolutionRegistrationProcess.TASK_REGISTER_RESOLUTION,
        ResolutionRegistrationProcess.END_ROLLOUT_STARTED);
    String businessKey = (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(registration.getId())
        .variableName(ResolutionRegistrationProcess.Variables.ROLLOUT_BUSINESS_KEY).singleResult().getValue();
    assertThat(businessKey).endsWith("/" + city);
    ProcessInstance rollout = rollout(businessKey);
    assertThat(rollout).isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(jdbc.sql("SELECT registered_by FROM resolution WHERE symbol = '15-NQ/TU' AND issuing_committee = :c")
        .param("c", city).query(String.class).single()).isEqualTo("vp-" + city);
  }

  @Test
  void shouldRefuseAnInvalidStartFormInVietnameseAndStartNothing() {
    identityService.setAuthentication("vp-" + city, List.of(group(city, Organ.OFFICE)));
    Map<String, Object> form = startForm("16-NQ/TU");
    form.put(ResolutionRegistrationProcess.Fields.STUDY_DUE, "2025-09-01");
    long registrations = registrations();

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Hạn hoàn thành học tập, quán triệt (01/09/2025) nằm ngoài nhiệm kỳ (01/10/2025 – 30/09/2030).");

    assertThat(registrations()).isEqualTo(registrations);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution WHERE issuing_committee = :c").param("c", city)
        .query(Long.class).single()).isZero();
  }

  @Test
  void shouldTakeTheInspectionCycleOfTheStartFormAndRefuseOneThatIsNotARepeatingInterval() {
    identityService.setAuthentication("vp-" + city, List.of(group(city, Organ.OFFICE)));
    Map<String, Object> wrong = startForm("18-NQ/TU");
    wrong.put(ResolutionRegistrationProcess.Fields.INSPECTION_CYCLE, "3 tháng");

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, wrong))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chu kỳ kiểm tra, giám sát định kỳ \"3 tháng\" không đúng dạng khoảng lặp lại ISO 8601, "
            + "ví dụ R/P6M (6 tháng một lần) hoặc R/P3M (3 tháng một lần).");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution WHERE issuing_committee = :c").param("c", city)
        .query(Long.class).single()).isZero();

    Map<String, Object> quarterly = startForm("18-NQ/TU");
    quarterly.put(ResolutionRegistrationProcess.Fields.INSPECTION_CYCLE, " R/P3M ");
    ProcessInstance registration = formService.submitStartForm(definitionId, quarterly);
    identityService.clearAuthentication();

    String businessKey = (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(registration.getId())
        .variableName(ResolutionRegistrationProcess.Variables.ROLLOUT_BUSINESS_KEY).singleResult().getValue();
    assertThat(runtimeService.getVariable(rollout(businessKey).getId(), ResolutionRolloutProcess.Variables.INSPECTION_CYCLE))
        .isEqualTo("R/P3M");
  }

  @Test
  void shouldRefuseAnotherCommitteesOffice() {
    String other = city();
    grant(group(other, Organ.OFFICE), Resources.PROCESS_DEFINITION, ResolutionRegistrationProcess.KEY,
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(group(other, Organ.OFFICE), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    identityService.setAuthentication("vp-" + other, List.of(group(other, Organ.OFFICE)));

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, startForm("17-NQ/TU")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chỉ Văn phòng của cấp ủy ban hành hoặc quản trị hệ thống được đăng ký nghị quyết.");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution WHERE issuing_committee = :c").param("c", city)
        .query(Long.class).single()).isZero();
  }

  private Map<String, Object> startForm(String symbol) {
    Map<String, Object> form = new HashMap<>();
    form.put(ResolutionRegistrationProcess.Fields.SYMBOL, symbol);
    form.put(ResolutionRegistrationProcess.Fields.TITLE, "Nghị quyết về phát triển kinh tế số");
    form.put(ResolutionRegistrationProcess.Fields.ISSUING_COMMITTEE, city);
    form.put(ResolutionRegistrationProcess.Fields.TERM_FROM, "2025-10-01");
    form.put(ResolutionRegistrationProcess.Fields.TERM_TO, "2030-09-30");
    form.put(ResolutionRegistrationProcess.Fields.STUDY_DUE, "2026-01-31");
    form.put(ResolutionRegistrationProcess.Fields.PROGRAMME_DUE, "2026-03-31");
    form.put(ResolutionRegistrationProcess.Fields.MID_TERM_REPORT_CUTOFF, null);
    form.put(ResolutionRegistrationProcess.Fields.MID_TERM_CONFERENCE_BY, "");
    form.put(ResolutionRegistrationProcess.Fields.FINAL_REPORT_CUTOFF, "2030-08-31");
    return form;
  }

  private long registrations() {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ResolutionRegistrationProcess.KEY).count();
  }

  private void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
