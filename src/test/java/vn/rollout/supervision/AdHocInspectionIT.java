package vn.rollout.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.process.InspectionProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.support.RolloutTest;

/** The inspection committee starts an inspection from Tasklist, outside the rounds. */
class AdHocInspectionIT extends RolloutTest {

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  @Test
  void shouldLetASuperiorsInspectionCommitteeStartAnInspectionFromTasklistAndRefuseAnyoneElse() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    long resolution = resolutionId(cityRollout);
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(InspectionProcess.AD_HOC_KEY).latestVersion().singleResult();
    assertThat(definition.isStartableInTasklist()).isTrue();

    assertThatThrownBy(() -> startAs(group(ward, Organ.INSPECTION), definition, resolution, ward, "Đơn thư phản ánh"))
        .as("a ward's own inspection committee is not above it")
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Đồng chí không thuộc Ủy ban Kiểm tra của cấp ủy cấp trên của Đảng ủy phường Hải Châu.");
    assertThatThrownBy(() -> startAs(group(city, Organ.INSPECTION), definition, resolution, ward, " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Chưa nêu lý do kiểm tra đột xuất.");
    assertThatThrownBy(() -> startAs(group(city, Organ.INSPECTION), definition, 999_999L, ward, "Đơn thư phản ánh"))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Không có nghị quyết mã số 999999 trên hệ thống.");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.AD_HOC_KEY)
        .processInstanceBusinessKey(resolution + "/" + ward).count()).as("a refused start form starts nothing").isZero();

    ProcessInstance adHoc = startAs(group(city, Organ.INSPECTION), definition, resolution, ward,
        "Đơn thư phản ánh việc chậm tổ chức học tập nghị quyết");
    assertThat(adHoc.getBusinessKey()).isEqualTo(resolution + "/" + ward);
    ProcessInstance inspection = runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.KEY)
        .superProcessInstanceId(adHoc.getId()).singleResult();
    Task task = task(inspection, InspectionProcess.TASK_CONDUCT_INSPECTION);
    assertThat(task).hasName("Tiến hành kiểm tra, giám sát: Đảng ủy phường Hải Châu").hasCandidateGroup(group(city, Organ.INSPECTION));
    assertThat(formVariable(task, "inspectionReasonsText"))
        .isEqualTo("Kiểm tra đột xuất:\n- Đơn thư phản ánh việc chậm tổ chức học tập nghị quyết");

    Map<String, Object> form = new HashMap<>();
    form.put(InspectionProcess.FormFields.CONCLUSIONS, "Phản ánh không có cơ sở; cấp ủy đã tổ chức học tập đúng hạn.");
    form.put(InspectionProcess.FormFields.SHORTCOMINGS, JsonVariables.json(List.of()));
    formService.submitTaskForm(task.getId(), form);
    assertThat(inspection).hasPassed(InspectionProcess.END_NO_SHORTCOMINGS).isEnded();
    assertThat(adHoc).hasPassed(InspectionProcess.AD_HOC_TASK_PLAN, InspectionProcess.AD_HOC_END).isEnded();
    assertThat(jdbc.sql("SELECT kind FROM inspection WHERE inspected_committee = :c").param("c", ward).query(String.class).single())
        .isEqualTo("AD_HOC");
  }

  private ProcessInstance startAs(String group, ProcessDefinition definition, long resolution, String committee, String reason) {
    identityService.setAuthentication("ubkt-" + group, List.of(group, TaskGroups.OFFICIALS));
    try {
      Map<String, Object> form = new HashMap<>();
      form.put(InspectionProcess.FormFields.RESOLUTION_ID, resolution);
      form.put(InspectionProcess.FormFields.INSPECTED_COMMITTEE, committee);
      form.put(InspectionProcess.FormFields.REASON, reason);
      return formService.submitStartForm(definition.getId(), form);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
