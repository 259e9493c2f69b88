package vn.rollout.rollout;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.process.CalledFromModels;

/** The cascade's collection: {@code ${subordinateCommittees.of(committeeCode)}}, the direct subordinates' codes. */
@CalledFromModels
@Component("subordinateCommittees")
public class SubordinateCommittees {

  private final CommitteeDirectory committees;

  SubordinateCommittees(CommitteeDirectory committees) {
    this.committees = committees;
  }

  public List<String> of(String committeeCode) {
    return committees.children(committeeCode).stream().map(Committee::code).toList();
  }
}
