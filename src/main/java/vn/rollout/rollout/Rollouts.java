package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.InspectionCycleChanged;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.ResolutionDeadlines;
import vn.rollout.resolution.ResolutionRegistered;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.AsSystem;
import vn.rollout.security.InstanceAccess;
import vn.rollout.shared.EngineTime;

/**
 * Starts and finds the rollouts of resolutions: one per (resolution, committee). Starting is
 * idempotent, and the row and the process instance are created in one transaction, so a retried job
 * or two nodes racing cannot make a second rollout: the table's unique key decides, and the loser's
 * transaction rolls back whole. The issuing committee's rollout starts at once ({@link #start}), and so
 * do the subordinates' in a cascade batch's first attempt ({@link #reachBatch}): one transaction and no
 * job per subordinate. A subordinate reached otherwise ({@link #reach}, or the retry of a batch that
 * failed) has its rollout written (row, instance, variables), and its start goes on in a job of its own
 * instance ({@code StartEvent_RolloutStarted} is asynchronous), where a failure is an incident of that
 * rollout alone.
 */
@Service
public class Rollouts {

  private final JdbcClient jdbc;
  private final Resolutions resolutions;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final InstanceAccess instanceAccess;
  private final String inspectionCycle;
  private final ResolutionDeadlines levels;
  private final SubordinateCommittees subordinates;

  Rollouts(JdbcClient jdbc, Resolutions resolutions, RuntimeService runtimeService, IdentityService identityService,
      InstanceAccess instanceAccess, ResolutionDeadlines levels, SubordinateCommittees subordinates,
      @Value("${rollout.inspection-cycle}") String inspectionCycle) {
    this.inspectionCycle = inspectionCycle;
    this.levels = levels;
    this.subordinates = subordinates;
    this.jdbc = jdbc;
    this.instanceAccess = instanceAccess;
    this.resolutions = resolutions;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * The resolution reaches a subordinate: the one step of both cascades. The study cascade (when a
   * committee's rollout starts) starts the subordinate's rollout, whose study begins at once; the
   * programme cascade (when the committee's programme is issued) hands the subordinate the programme,
   * for which its programme phase waits, and starts its rollout first if it has none yet (a committee
   * added to the organisation since the study cascade, or a rollout of an earlier model version).
   * Idempotent: a retried job, or both cascades reaching the same subordinate, changes nothing twice. A
   * rollout it starts goes on in a job of its own instance.
   *
   * @param parentProgrammeId the superior's issued programme; {@code null} in the study cascade
   * @return the subordinate's rollout
   */
  @Transactional
  public Rollout reach(long resolutionId, String committeeCode, Long parentProgrammeId) {
    return reach(resolutionId, committeeCode, parentProgrammeId, false, find(resolutionId, committeeCode));
  }

  private Rollout reach(long resolutionId, String committeeCode, Long parentProgrammeId, boolean startAtOnce,
      Optional<Rollout> existing) {
    if (existing.isEmpty()) {
      return startNew(resolutionId, committeeCode, parentProgrammeId, !startAtOnce);
    }
    Rollout rollout = existing.get();
    if (parentProgrammeId == null || parentProgrammeId.equals(rollout.parentProgrammeId())) {
      return rollout;
    }
    // The update locks the row until this transaction ends: a start job of the subordinate's rollout
    // still to run reads the programme from the row (superiorProgrammeAtStart), one that ran has
    // created the subscription the message finds.
    jdbc.sql("UPDATE rollout SET parent_programme_id = :programme WHERE id = :id")
        .param("programme", parentProgrammeId)
        .param("id", rollout.id())
        .update();
    // as the system, as at the start: the superior's cascade job has no right on the subordinate's instance
    AsSystem.call(identityService, () -> {
      handOver(rollout, parentProgrammeId);
      return null;
    });
    return new Rollout(rollout.id(), resolutionId, committeeCode, parentProgrammeId, rollout.processInstanceId());
  }

  /**
   * Ends the subordinate's wait for its superior's programme, if it waits. The message is correlated with
   * the rollout's own instance: by business key, the engine's query (executions of instances with that key
   * holding a subscription of that name) was planned by PostgreSQL from the subscriptions in some runs,
   * 18 ms a call at 2,334 subordinates and growing with them (BENCHMARKS.md). An instance restarted from
   * Cockpit keeps the business key but not the id in the rollout's row: when the row's instance does not
   * wait, the instances with the rollout's business key are looked up (by key alone, an index) and each
   * other one that waits is handed the programme.
   */
  private void handOver(Rollout rollout, long parentProgrammeId) {
    if (rollout.processInstanceId() != null && !handOver(rollout.processInstanceId(), parentProgrammeId).isEmpty()) {
      return;
    }
    for (var instance : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ResolutionRolloutProcess.KEY)
        .processInstanceBusinessKey(ResolutionRolloutProcess.businessKey(rollout.resolutionId(), rollout.committeeCode()))
        .list()) {
      if (!instance.getId().equals(rollout.processInstanceId())) {
        handOver(instance.getId(), parentProgrammeId);
      }
    }
  }

  private List<MessageCorrelationResult> handOver(String processInstanceId, long parentProgrammeId) {
    return runtimeService.createMessageCorrelation(ResolutionRolloutProcess.MESSAGE_PARENT_PROGRAMME_ISSUED)
        .processInstanceId(processInstanceId)
        .setVariable(Variables.PARENT_PROGRAMME_ID, parentProgrammeId)
        .correlateAllWithResult();
  }

  /**
   * The resolution reaches one batch of a committee's direct subordinates ({@code SubordinateBatch}):
   * {@link #reach} for each of today's subordinates whose code falls in the batch, in one transaction.
   *
   * @param startAtOnce whether a subordinate without a rollout has it started in this transaction, up to
   *     its first task, as the issuing committee's is (the batch job's first attempt, {@link BatchAttempt}):
   *     no job per subordinate, one commit per batch; otherwise its rollout is written and its start goes on
   *     in a job of its own instance, where a failure is an incident of that subordinate alone
   */
  @Transactional
  public void reachBatch(long resolutionId, String committeeCode, String batch, Long parentProgrammeId, boolean startAtOnce) {
    List<String> codes = subordinates.inBatch(committeeCode, batch);
    Map<String, Rollout> existing = find(resolutionId, codes);
    for (String subordinate : codes) {
      reach(resolutionId, subordinate, parentProgrammeId, startAtOnce, Optional.ofNullable(existing.get(subordinate)));
    }
  }

  /**
   * The superior's issued programme as the rollout's start job finds it, its row locked until that job
   * ends: a programme passed down after the rollout was written but before its start job ran (or while
   * that job waited in an incident) found no subscription to end; the start job takes it from the row
   * instead. The lock orders the two: the cascade's update waits for the start job, whose subscription
   * it then finds, or the start job waits for the update, whose programme it then reads.
   */
  @Transactional
  public Long superiorProgrammeAtStart(long rolloutId) {
    return jdbc.sql("SELECT parent_programme_id FROM rollout WHERE id = :id FOR UPDATE")
        .param("id", rolloutId)
        .query((rs, row) -> {
          long id = rs.getLong(1);
          return rs.wasNull() ? null : id;
        })
        .optional()
        .orElse(null);
  }

  /**
   * Starts the rollout of a resolution in a committee, unless it has started already.
   *
   * @param parentProgrammeId the superior's issued programme; {@code null} in the issuing committee, and
   *     in the study cascade, which starts a subordinate's rollout before its superior has a programme
   * @return the committee's rollout, new or existing
   */
  @Transactional
  public Rollout start(long resolutionId, String committeeCode, Long parentProgrammeId) {
    Optional<Rollout> existing = find(resolutionId, committeeCode);
    if (existing.isPresent()) {
      return existing.get();
    }
    return startNew(resolutionId, committeeCode, parentProgrammeId, false);
  }

  /**
   * The start itself, once {@link #find} has found none: the unique key refuses a second one that raced it.
   * Asynchronous: the instance waits in a job at its start event; otherwise it starts at its first task
   * ({@code Task_AssignOrgans}) at once, in this transaction.
   */
  private Rollout startNew(long resolutionId, String committeeCode, Long parentProgrammeId, boolean asynchronous) {
    Resolution resolution = resolutions.find(resolutionId)
        .orElseThrow(() -> new IllegalArgumentException("no resolution " + resolutionId));
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO rollout (resolution_id, committee_code, parent_programme_id, started_at)
            VALUES (:resolution, :committee, :parentProgramme, :startedAt)""")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .param("parentProgramme", parentProgrammeId)
        .param("startedAt", Timestamp.from(EngineTime.now()))
        .update(keys, "id");
    long rolloutId = keys.getKeyAs(Number.class).longValue();

    // as the system: whoever caused the start (an office registering, the superior's cascade job) has
    // already been checked by the business rule that decided to start it
    var instantiation = runtimeService.createProcessInstanceByKey(ResolutionRolloutProcess.KEY)
        .businessKey(ResolutionRolloutProcess.businessKey(resolutionId, committeeCode))
        .setVariables(variables(resolution, rolloutId, committeeCode, parentProgrammeId));
    if (!asynchronous) {
      instantiation.startBeforeActivity(ResolutionRolloutProcess.TASK_ASSIGN_ORGANS);
    }
    String processInstanceId = AsSystem.call(identityService, () -> instantiation.execute().getId());
    // the committee's office and those above it see the rollout in Cockpit (SECURITY.md)
    instanceAccess.grantToCommitteeChainOfNewInstance(processInstanceId, committeeCode);

    jdbc.sql("UPDATE rollout SET process_instance_id = :instance WHERE id = :id")
        .param("instance", processInstanceId)
        .param("id", rolloutId)
        .update();
    return new Rollout(rolloutId, resolutionId, committeeCode, parentProgrammeId, processInstanceId);
  }

  public Optional<Rollout> find(long rolloutId) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", rolloutId).query(Rollouts::rollout).optional();
  }

  public Optional<Rollout> find(long resolutionId, String committeeCode) {
    return jdbc.sql(SELECT + " WHERE resolution_id = :resolution AND committee_code = :committee")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .query(Rollouts::rollout)
        .optional();
  }

  /**
   * The rollouts of the resolution in those committees that have one, by committee: one query for a batch
   * (one per 500 committees, however large a process owner sets the batches).
   */
  private Map<String, Rollout> find(long resolutionId, List<String> committeeCodes) {
    Map<String, Rollout> found = new HashMap<>();
    for (List<String> page : pages(committeeCodes)) {
      jdbc.sql(SELECT + " WHERE resolution_id = :resolution AND committee_code IN (:committees)")
          .param("resolution", resolutionId)
          .param("committees", page)
          .query(Rollouts::rollout)
          .stream()
          .forEach(rollout -> found.put(rollout.committeeCode(), rollout));
    }
    return found;
  }

  /**
   * The rollout has entered {@code phase}: the one place {@code rollout.phase} is written. A rollout
   * already in it is not written again: every start enters the study, which a new row already is in.
   */
  public void enterPhase(long rolloutId, RolloutPhase phase) {
    if (phase == RolloutPhase.NOT_STARTED) {
      throw new IllegalArgumentException("a started rollout cannot enter " + phase);
    }
    jdbc.sql("UPDATE rollout SET phase = :phase WHERE id = :id AND phase <> :phase")
        .param("phase", phase.name())
        .param("id", rolloutId)
        .update();
  }

  /** A registered resolution's rollout starts in the issuing committee, in the registering transaction. */
  @EventListener
  void onRegistered(ResolutionRegistered registered) {
    start(registered.resolutionId(), registered.issuingCommittee(), null);
  }

  @EventListener
  void onInspectionCycleChanged(InspectionCycleChanged changed) {
    changeInspectionCycle(changed.resolutionId(), changed.inspectionCycle());
  }

  /**
   * Sets the inspection cycle on every running rollout of the resolution, as the system (the caller,
   * the issuing committee's office, has been checked and may not update its subordinates' instances).
   */
  @Transactional
  public void changeInspectionCycle(long resolutionId, String cycle) {
    List<String> instances = jdbc.sql(
            "SELECT process_instance_id FROM rollout WHERE resolution_id = :resolution AND process_instance_id IS NOT NULL")
        .param("resolution", resolutionId)
        .query(String.class)
        .list();
    AsSystem.call(identityService, () -> {
      for (List<String> page : pages(instances)) {
        runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(page)).list()
            .forEach(running -> runtimeService.setVariable(running.getId(), Variables.INSPECTION_CYCLE, cycle));
      }
      return null;
    });
  }

  /** Pages of at most 500 ids: the engine's query limit and the databases' IN lists. */
  private static List<List<String>> pages(List<String> ids) {
    List<List<String>> pages = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      pages.add(ids.subList(from, Math.min(ids.size(), from + 500)));
    }
    return pages;
  }

  private static final String SELECT =
      "SELECT id, resolution_id, committee_code, parent_programme_id, process_instance_id FROM rollout";

  private static Rollout rollout(ResultSet rs, int row) throws SQLException {
    long parentId = rs.getLong("parent_programme_id");
    // wasNull answers for the column read last
    Long parent = rs.wasNull() ? null : parentId;
    return new Rollout(rs.getLong("id"), rs.getLong("resolution_id"), rs.getString("committee_code"), parent,
        rs.getString("process_instance_id"));
  }

  /**
   * The rollout's ids, its level, the superior's programme ({@code null} in the study cascade) and the
   * inspection cycle. Its level's deadlines and the quarterly cycles are not copied: the models read them
   * when a timer or a due date needs one ({@code ${deadlines.ofLevel(resolutionId, level, 'studyDue')}},
   * {@code ${cycles.briefing(execution)}}).
   */
  private VariableMap variables(Resolution resolution, long rolloutId, String committeeCode, Long parentProgrammeId) {
    int level = levels.levelOf(resolution, committeeCode);
    return org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.RESOLUTION_ID, resolution.id())
        .putValue(Variables.ROLLOUT_ID, rolloutId)
        .putValue(Variables.COMMITTEE_CODE, committeeCode)
        .putValue(Variables.LEVEL, level)
        .putValue(Variables.PARENT_PROGRAMME_ID, parentProgrammeId)
        .putValue(Variables.INSPECTION_CYCLE,
            resolution.inspectionCycle() == null ? inspectionCycle : resolution.inspectionCycle());
  }
}
