package vn.rollout.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.organisation.Unit;

/** Who can lead or coordinate an item of a committee's programme: its organs, then its units. */
@Component
public class ProgrammeLeads {

  private final CommitteeDirectory committees;

  ProgrammeLeads(CommitteeDirectory committees) {
    this.committees = committees;
  }

  List<LeadOption> options(String committeeCode) {
    Committee committee = committees.find(committeeCode)
        .orElseThrow(() -> new IllegalStateException("no committee " + committeeCode));
    List<LeadOption> options = new ArrayList<>();
    for (Organ organ : Organ.values()) {
      if (committee.has(organ)) {
        options.add(new LeadOption(organ.labelIn(committee.name()) + " " + committee.name(), TaskGroups.organ(committeeCode, organ)));
      }
    }
    for (Unit unit : committees.units(committeeCode)) {
      options.add(new LeadOption(unit.name(), unit.taskGroup()));
    }
    return options;
  }

  /** Group id to name, for the committee's organs and units. */
  public Map<String, String> names(String committeeCode) {
    Map<String, String> names = new LinkedHashMap<>();
    options(committeeCode).forEach(option -> names.put(option.value(), option.label()));
    return names;
  }
}
