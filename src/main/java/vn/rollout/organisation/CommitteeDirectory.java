package vn.rollout.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Read access to the organisation for the other features: who a committee is, its subordinates, its units. */
@Service
public class CommitteeDirectory {

  private static final Object FOUND_IN_TRANSACTION = CommitteeDirectory.class.getName() + ".found";

  private final JdbcClient jdbc;

  CommitteeDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The committee with its organs, in one query. Within a transaction each code is looked up once: a
   * rollout's start asks for its committee and superior from several places (organs, Cockpit grants,
   * the task heading), and the organisation changes only by import, never inside a process's
   * transaction.
   */
  public Optional<Committee> find(String code) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return load(code);
    }
    @SuppressWarnings("unchecked")
    Map<String, Optional<Committee>> found = (Map<String, Optional<Committee>>) TransactionSynchronizationManager.getResource(FOUND_IN_TRANSACTION);
    if (found == null) {
      Map<String, Optional<Committee>> lookups = new HashMap<>();
      TransactionSynchronizationManager.bindResource(FOUND_IN_TRANSACTION, lookups);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(FOUND_IN_TRANSACTION);
        }
      });
      found = lookups;
    }
    return found.computeIfAbsent(code, this::load);
  }

  private Optional<Committee> load(String code) {
    List<Committee> rows = new ArrayList<>();
    Set<Organ> organs = EnumSet.noneOf(Organ.class);
    jdbc.sql("""
            SELECT c.code, c.name, c.symbol, c.parent_code, c.depth, o.organ
              FROM committee c LEFT JOIN committee_organ o ON o.committee_code = c.code
             WHERE c.code = :code""")
        .param("code", code)
        .query(rs -> {
          if (rows.isEmpty()) {
            rows.add(new Committee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                Collections.unmodifiableSet(organs)));
          }
          String organ = rs.getString(6);
          if (organ != null) {
            Organ.ofKey(organ).ifPresent(organs::add);
          }
        });
    return rows.stream().findFirst();
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

  /** The committee a unit belongs to. */
  public Optional<String> unitCommittee(String unitCode) {
    return jdbc.sql("SELECT committee_code FROM unit WHERE code = :code").param("code", unitCode).query(String.class).optional();
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
