package vn.rollout.rollout;

import org.springframework.stereotype.Service;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Organ;

/** Which organ of a committee, and of its superior, takes which task of the rollout. */
@Service
class CommitteeOrgans {

  private final CommitteeDirectory committees;

  CommitteeOrgans(CommitteeDirectory committees) {
    this.committees = committees;
  }

  /** @throws IllegalStateException when the committee is unknown or has no office: the data needs fixing */
  OrganGroups of(String committeeCode) {
    Committee committee = find(committeeCode);
    String office = committee.taskGroup(Organ.OFFICE);
    Committee superior = committee.parent().map(this::find).orElse(committee);
    return new OrganGroups(
        office,
        committee.taskGroup(Organ.PROPAGANDA, Organ.OFFICE),
        committee.taskGroup(Organ.STANDING_COMMITTEE, Organ.OFFICE),
        superior.taskGroup(Organ.OFFICE));
  }

  private Committee find(String code) {
    return committees.find(code).orElseThrow(() -> new IllegalStateException("no committee " + code));
  }
}
