package vn.rollout.organisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the organisation for the other features: who a committee is, its subordinates, its units. */
@Service
public class CommitteeDirectory {

  private final JdbcClient jdbc;

  CommitteeDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Committee> find(String code) {
    List<Committee> found = committees("WHERE c.code = :code", Map.of("code", code));
    return found.stream().findFirst();
  }

  /** The direct subordinates of a committee, by code. */
  public List<Committee> children(String code) {
    return committees("WHERE c.parent_code = :code", Map.of("code", code));
  }

  /** The codes of a committee's direct subordinates only (no organs): cheap even for tens of thousands. */
  public List<String> childCodes(String code) {
    return jdbc.sql("SELECT code FROM committee WHERE parent_code = :code ORDER BY code")
        .param("code", code)
        .query(String.class)
        .list();
  }

  public List<Unit> units(String committeeCode) {
    return jdbc.sql("SELECT code, name, committee_code FROM unit WHERE committee_code = :code ORDER BY code")
        .param("code", committeeCode)
        .query((rs, row) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private List<Committee> committees(String where, Map<String, ?> params) {
    Map<String, Set<Organ>> organs = new HashMap<>();
    jdbc.sql("SELECT o.committee_code, o.organ FROM committee_organ o JOIN committee c ON c.code = o.committee_code " + where)
        .params(params)
        .query(rs -> {
          String committee = rs.getString(1);
          Organ.ofKey(rs.getString(2)).ifPresent(organ ->
              organs.computeIfAbsent(committee, key -> EnumSet.noneOf(Organ.class)).add(organ));
        });
    List<Committee> result = new ArrayList<>();
    jdbc.sql("SELECT c.code, c.name, c.symbol, c.parent_code, c.depth FROM committee c " + where + " ORDER BY c.code")
        .params(params)
        .query(rs -> {
          String code = rs.getString(1);
          result.add(new Committee(code, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
              organs.getOrDefault(code, EnumSet.noneOf(Organ.class))));
        });
    return result;
  }
}
