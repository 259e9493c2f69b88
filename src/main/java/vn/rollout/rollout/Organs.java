package vn.rollout.rollout;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.process.CalledFromModels;
import vn.rollout.process.ResolutionRolloutProcess.Variables;

/**
 * Which organ takes a task of a committee's rollout, as the models ask for it:
 * {@code ${organs.office(execution)}} (drafting, reports, deadlines), {@code ${organs.propaganda(execution)}}
 * (study), {@code ${organs.standingCommittee(execution)}} (approval, briefings, conferences) and
 * {@code ${organs.superiorOffice(execution)}} (the direct superior's office, which follows up a late
 * committee). Each is the group of the organ of the instance's committee ({@code committeeCode}) that plays
 * the role ({@link Committee#taskGroup}), read from the committee tree when the task is created: a rollout no
 * longer copies four groups into its variables at its start (eight rows fewer per committee at national
 * scale), and a committee whose organs change in the tree hands its next tasks to the organs it has then.
 *
 * <p>Where the instance holds a variable of the role's name ({@code officeGroup}, {@code propagandaGroup},
 * {@code standingCommitteeGroup}, {@code superiorOfficeGroup}), that variable is the answer: an inspection
 * sets them to the inspecting committee's office and inspection committee for the remedial items it calls
 * ({@code PrepareInspectionDelegate}), and a rollout or amendment started on a model version before issue 28
 * holds those it was started with.
 */
@CalledFromModels
@Component("organs")
public class Organs {

  private final CommitteeDirectory committees;

  Organs(CommitteeDirectory committees) {
    this.committees = committees;
  }

  /** The committee's office: drafting the programme, compiling reports, watching deadlines. */
  public String office(VariableScope scope) {
    return ownOr(scope, Variables.OFFICE_GROUP, Role.OFFICE, false);
  }

  /** The organ that organises the study: the propaganda board, or what stands in for it (the office). */
  public String propaganda(VariableScope scope) {
    return ownOr(scope, Variables.PROPAGANDA_GROUP, Role.STUDY, false);
  }

  /** The organ that approves and decides: the standing committee, or what stands in for it. */
  public String standingCommittee(VariableScope scope) {
    return ownOr(scope, Variables.STANDING_COMMITTEE_GROUP, Role.APPROVAL, false);
  }

  /** The direct superior's office; a committee at the top of the tree is its own superior. */
  public String superiorOffice(VariableScope scope) {
    return ownOr(scope, Variables.SUPERIOR_OFFICE_GROUP, Role.OFFICE, true);
  }

  /**
   * Checks that the committee is in the tree with an organ for every role the rollout's tasks ask for, so
   * that a committee the tree cannot serve fails at its rollout's first step, an incident of that rollout.
   *
   * @throws IllegalStateException when it is not
   */
  void check(String committeeCode) {
    Committee committee = find(committeeCode);
    for (Role role : new Role[] {Role.OFFICE, Role.STUDY, Role.APPROVAL}) {
      committee.taskGroup(role);
    }
    committee.parent().map(this::find).orElse(committee).taskGroup(Role.OFFICE);
  }

  private String ownOr(VariableScope scope, String variable, Role role, boolean ofSuperior) {
    if (scope.getVariable(variable) instanceof String own && !own.isBlank()) {
      return own;
    }
    if (!(scope.getVariable(Variables.COMMITTEE_CODE) instanceof String code)) {
      throw new IllegalStateException("no " + Variables.COMMITTEE_CODE + " to find the " + variable + " from");
    }
    Committee committee = find(code);
    if (ofSuperior) {
      committee = committee.parent().map(this::find).orElse(committee);
    }
    return committee.taskGroup(role);
  }

  private Committee find(String code) {
    return committees.find(code).orElseThrow(() -> new IllegalStateException("no committee " + code));
  }
}
