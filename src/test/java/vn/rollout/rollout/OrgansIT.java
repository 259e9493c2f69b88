package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.process.ResolutionRolloutProcess.Variables;
import vn.rollout.support.RolloutTest;

/**
 * A rollout's tasks go to the organs of its committee as the committee tree has them when each task is
 * created ({@link Organs}, {@code ${organs.office(execution)}} and the like): nothing is copied at the
 * start, a committee that gains an organ hands it the next task of its role, and a group set on the
 * instance (in Cockpit) is the one the next task takes.
 */
class OrgansIT extends RolloutTest {

  @Test
  void shouldReadTheOrgansFromTheTreeWhenEachTaskIsCreated() {
    String ward = organisation.committee("phuong", "Đảng ủy phường Hòa Cường", "ĐU", null,
        Organ.OFFICE, Organ.INSPECTION, Organ.PROPAGANDA);
    ProcessInstance rollout = rollout(registration.register(resolutionOf(ward, "ĐU"), null).businessKey());

    assertThat(runtimeService.getVariables(rollout.getId())).as("a rollout's start copies no organ's group")
        .doesNotContainKeys(Variables.OFFICE_GROUP, Variables.PROPAGANDA_GROUP, Variables.STANDING_COMMITTEE_GROUP,
            Variables.SUPERIOR_OFFICE_GROUP);
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).hasCandidateGroup(group(ward, Organ.PROPAGANDA));

    // the ward gains a standing committee while its rollout runs: the approval, created after it, goes there
    organisation.organ(ward, Organ.STANDING_COMMITTEE);
    completeStudy(rollout);
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).hasCandidateGroup(group(ward, Organ.OFFICE));
    submitDraft(rollout, concreteItem(ward));
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME))
        .hasCandidateGroup(group(ward, Organ.STANDING_COMMITTEE));
  }

  @Test
  void shouldGiveTheSuperiorsOfficeTheLateStudyAndTheInstancesOwnGroupTheNextTask() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    runAsyncJobs(cityRollout);
    ProcessInstance rollout = rollout(resolutionId(cityRollout) + "/" + ward);

    managementService.executeJob(timer(rollout, ResolutionRolloutProcess.BOUNDARY_STUDY_OVERDUE).getId());
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_REMIND_LATE_STUDY)).as("the direct superior's office follows it up")
        .hasCandidateGroup(group(city, Organ.OFFICE));

    // the secretariat hands the ward's office work to another of its organs, on this rollout only (Cockpit)
    runtimeService.setVariable(rollout.getId(), Variables.OFFICE_GROUP, group(ward, Organ.INSPECTION));
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    completeStudy(rollout);
    assertThat(task(rollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).hasCandidateGroup(group(ward, Organ.INSPECTION));
  }
}
