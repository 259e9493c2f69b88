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
import org.camunda.spin.plugin.variable.SpinValues;
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

  @Test
  void shouldRegisterTheTargetsOfTheStartFormsListAndRefuseABadOneNamingItsField() {
    identityService.setAuthentication("vp-" + city, List.of(group(city, Organ.OFFICE)));
    // as Tasklist sends a dynamic list: a Json variable
    Map<String, Object> wrong = startForm("19-NQ/TU");
    wrong.put(ResolutionRegistrationProcess.Fields.TARGETS, SpinValues.jsonValue("""
        [{"name": "Tỷ trọng kinh tế số trong GRDP", "unit": "%", "baseline": 18, "baselineYear": 2024,
          "target": 30, "targetYear": 2030, "field": "ECONOMY", "higherIsBetter": true},
         {"name": "Tỷ lệ hộ nghèo", "unit": "%", "baseline": 1.2, "baselineYear": 2024,
          "target": 0.5, "targetYear": 2035, "field": "CULTURE_SOCIETY", "higherIsBetter": false}]""").create());

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, wrong))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Chỉ tiêu thứ 2: năm đạt mục tiêu (2035) phải trong nhiệm kỳ, từ 2025 đến 2030.")
        .extracting(e -> ((FormFieldValidationException) e).<Object>getDetail()).isEqualTo("targets[1].targetYear");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution WHERE issuing_committee = :c").param("c", city)
        .query(Long.class).single()).isZero();

    Map<String, Object> good = startForm("19-NQ/TU");
    good.put(ResolutionRegistrationProcess.Fields.TARGETS, SpinValues.jsonValue("""
        [{"name": "Tỷ trọng kinh tế số trong GRDP", "unit": "%", "baseline": 18, "baselineYear": 2024,
          "target": 30, "targetYear": 2030, "field": "ECONOMY", "higherIsBetter": true},
         {"name": "Tỷ lệ hộ nghèo", "unit": "%", "baseline": 1.2, "baselineYear": 2024,
          "target": 0.5, "targetYear": 2030, "field": "Văn hóa – xã hội", "higherIsBetter": false}]""").create());
    formService.submitStartForm(definitionId, good);
    identityService.clearAuthentication();

    assertThat(jdbc.sql("""
            SELECT t.name, t.target_value, t.field, t.higher_is_better FROM resolution_target t
              JOIN resolution r ON r.id = t.resolution_id WHERE r.issuing_committee = :c ORDER BY t.seq""")
        .param("c", city).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()
            + " " + rs.getString(3) + " " + rs.getBoolean(4)).list())
        .containsExactly("Tỷ trọng kinh tế số trong GRDP 30 ECONOMY true", "Tỷ lệ hộ nghèo 0.5 CULTURE_SOCIETY false");
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
