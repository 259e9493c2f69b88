package vn.rollout.rollout;

import org.springframework.stereotype.Service;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;

/** Which organ of a committee, and of its superior, takes which task of the rollout: the organs playing the roles. */
@Service
class CommitteeOrgans {

  private final CommitteeDirectory committees;

  CommitteeOrgans(CommitteeDirectory committees) {
    this.committees = committees;
  }

  /** @throws IllegalStateException when the committee is unknown or has no organ for a role (the import refuses that) */
  OrganGroups of(String committeeCode) {
    Committee committee = find(committeeCode);
    String office = committee.taskGroup(Role.OFFICE);
    Committee superior = committee.parent().map(this::find).orElse(committee);
    return new OrganGroups(
        office,
        committee.taskGroup(Role.STUDY),
        committee.taskGroup(Role.APPROVAL),
        superior.taskGroup(Role.OFFICE));
  }

  private Committee find(String code) {
    return committees.find(code).orElseThrow(() -> new IllegalStateException("no committee " + code));
  }
}
