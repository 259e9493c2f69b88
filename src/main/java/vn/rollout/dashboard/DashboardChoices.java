package vn.rollout.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;

/**
 * {@code GET /api/dashboard/resolutions}: what the secretariat's dashboard offers its caller to choose
 * from, the resolutions whose status it may read (issued by the committee of its office or by a
 * committee above it), newest first, and the committee of its office to preset. An administrator gets
 * every resolution and no committee (the issuing committee is the default). A caller of no office gets
 * an empty list. The smallest read the dashboard needs; a general list of resolutions is another API's.
 */
@RestController
class DashboardChoices {

  record Choices(String committee, String committeeName, boolean administrator, List<Choice> resolutions) {}

  record Choice(long id, String symbol, String title, String issuingCommittee) {}

  private final JdbcClient jdbc;
  private final IdentityService identityService;
  private final CommitteeDirectory committees;

  DashboardChoices(JdbcClient jdbc, IdentityService identityService, CommitteeDirectory committees) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.committees = committees;
  }

  @GetMapping(path = "/api/dashboard/resolutions", produces = MediaType.APPLICATION_JSON_VALUE)
  Choices choices() {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return new Choices(null, null, true, resolutions(null));
    }
    List<Committee> offices = groups.stream().sorted().map(this::officeOf).flatMap(Optional::stream).toList();
    if (offices.isEmpty()) {
      return new Choices(null, null, false, List.of());
    }
    Set<String> issuers = new LinkedHashSet<>();
    for (Committee office : offices) {
      Optional<Committee> committee = Optional.of(office);
      while (committee.isPresent() && issuers.add(committee.get().code())) {
        committee = committee.get().parent().flatMap(committees::find);
      }
    }
    // the office highest in the tree sees the most: preset it
    Committee preset = offices.stream().min(java.util.Comparator.comparingInt(Committee::depth)).orElseThrow();
    return new Choices(preset.code(), preset.name(), false, resolutions(issuers));
  }

  /** The committee whose office the group is ({@code <committee>.<organ>}), if it is one. */
  private Optional<Committee> officeOf(String group) {
    int dot = group.lastIndexOf('.');
    return dot <= 0 ? Optional.empty() : committees.find(group.substring(0, dot))
        .filter(committee -> committee.group(Role.OFFICE).filter(group::equals).isPresent());
  }

  /** {@code issuers} null: every resolution. */
  private List<Choice> resolutions(Set<String> issuers) {
    String sql = "SELECT id, symbol, title, issuing_committee FROM resolution"
        + (issuers == null ? "" : " WHERE issuing_committee IN (:issuers)")
        + " ORDER BY registered_at DESC, id DESC";
    var statement = jdbc.sql(sql);
    if (issuers != null) {
      statement = statement.param("issuers", new ArrayList<>(issuers));
    }
    return statement.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
  }
}
