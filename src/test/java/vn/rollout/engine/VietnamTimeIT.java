package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.support.IntegrationTest;

/** A deadline written without an offset is the end of that day in Vietnam, whatever the host's zone is. */
class VietnamTimeIT extends IntegrationTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final ZonedDateTime CUT_OFF = ZonedDateTime.of(2028, 4, 20, 23, 59, 59, 0, VIETNAM);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRunTheJvmInVietnamTime() {
    // Failsafe starts this JVM with -Duser.timezone=UTC: the application itself must set Vietnam's.
    assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(VIETNAM);
  }

  @Test
  void shouldFireATimerDateAtThatInstantInVietnamAndNotBefore() {
    var deployment = repositoryService.createDeployment()
        .addModelInstance("cut-off.bpmn", Bpmn.createExecutableProcess("CutOffTimer")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("Timer_CutOff").timerWithDate("2028-04-20T23:59:59")
            .endEvent()
            .done())
        .deploy();
    try {
      ClockUtil.setCurrentTime(Date.from(CUT_OFF.minusDays(30).toInstant()));
      var instance = runtimeService.startProcessInstanceByKey("CutOffTimer");
      var timer = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

      assertThat(timer.getDuedate().toInstant()).isEqualTo(CUT_OFF.toInstant());
      assertThat(CUT_OFF.toInstant().toString()).isEqualTo("2028-04-20T16:59:59Z");

      ClockUtil.setCurrentTime(Date.from(CUT_OFF.minusSeconds(1).toInstant()));
      assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

      ClockUtil.setCurrentTime(Date.from(CUT_OFF.toInstant()));
      assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isOne();

      managementService.executeJob(timer.getId());
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }
}
