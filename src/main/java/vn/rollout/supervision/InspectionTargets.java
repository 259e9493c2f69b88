package vn.rollout.supervision;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Unit;
import vn.rollout.process.CalledFromModels;
import vn.rollout.programme.Programmes;

/**
 * A periodic round's collection, {@code ${inspectionTargets.of(committeeCode, resolutionId)}}: the
 * direct subordinate committees' codes, then the committee's own units that lead at least one item of
 * its approved programme on the resolution, each as its task group {@code unit.<code>}.
 */
@CalledFromModels
@Component("inspectionTargets")
public class InspectionTargets {

  private final CommitteeDirectory committees;
  private final JdbcClient jdbc;

  InspectionTargets(CommitteeDirectory committees, JdbcClient jdbc) {
    this.committees = committees;
    this.jdbc = jdbc;
  }

  public List<String> of(String committeeCode, Number resolutionId) {
    List<String> targets = new ArrayList<>();
    committees.children(committeeCode).stream().map(Committee::code).forEach(targets::add);
    List<String> leads = jdbc.sql("""
            SELECT DISTINCT i.lead_group FROM programme_item i JOIN programme p ON p.id = i.programme_id
             WHERE p.resolution_id = :r AND p.committee_code = :c AND\s""" + Programmes.approvedSql("p"))
        .param("r", resolutionId.longValue()).param("c", committeeCode).query(String.class).list();
    for (Unit unit : committees.units(committeeCode)) {
      if (leads.contains(unit.taskGroup())) {
        targets.add(InspectionTarget.unit(unit.code()).element());
      }
    }
    return targets;
  }
}
