package vn.rollout.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    List<OrganKind> organs = new ArrayList<>();
    jdbc.sql("""
            SELECT c.code, c.name, c.symbol, c.parent_code, c.depth,
                   k.kind_key, k.name AS kind_name, k.roles, k.stands_in_for, k.sort_order
              FROM committee c
              LEFT JOIN committee_organ o ON o.committee_code = c.code
              LEFT JOIN organ_kind k ON k.kind_key = o.organ
             WHERE c.code = :code""")
        .param("code", code)
        .query(rs -> {
          if (rows.isEmpty()) {
            rows.add(new Committee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), List.of()));
          }
          if (rs.getString(6) != null) {
            organs.add(kind(rs, 6));
          }
        });
    return rows.stream().findFirst().map(c -> new Committee(c.code(), c.name(), c.symbol(), c.parentCode(), c.depth(), organs));
  }

  /** The direct subordinates of a committee, by code. */
  public List<Committee> children(String code) {
    return committees("WHERE c.parent_code = :code", Map.of("code", code));
  }

  /** Whether a committee has a direct subordinate (one indexed row read at most). */
  public boolean hasChildren(String code) {
    return jdbc.sql("SELECT 1 FROM committee WHERE parent_code = :code FETCH FIRST 1 ROWS ONLY")
        .param("code", code)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** The codes of a committee's direct subordinates only (no organs): cheap even for tens of thousands. */
  public List<String> childCodes(String code) {
    return jdbc.sql("SELECT code FROM committee WHERE parent_code = :code ORDER BY code")
        .param("code", code)
        .query(String.class)
        .list();
  }

  /**
   * How many committees there are at each level of the subtree of a committee: index 0 is the committee
   * itself (1), index 1 its direct subordinates, and so on to the deepest; empty for an unknown code.
   */
  public List<Integer> levelSizes(String code) {
    List<Integer> sizes = new ArrayList<>();
    jdbc.sql("""
            WITH RECURSIVE tree (code, lvl) AS (
                SELECT code, CAST(0 AS INTEGER) FROM committee WHERE code = :code
              UNION ALL
                SELECT c.code, t.lvl + 1 FROM committee c JOIN tree t ON c.parent_code = t.code
            )
            SELECT lvl, COUNT(*) FROM tree GROUP BY lvl ORDER BY lvl""")
        .param("code", code)
        .query(rs -> {
          sizes.add(rs.getInt(2));
        });
    return sizes;
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
    Map<String, List<OrganKind>> organs = new HashMap<>();
    jdbc.sql("""
            SELECT o.committee_code, o.organ, k.name AS kind_name, k.roles, k.stands_in_for, k.sort_order
              FROM committee_organ o JOIN committee c ON c.code = o.committee_code
              JOIN organ_kind k ON k.kind_key = o.organ
            """ + where)
        .params(params)
        .query(rs -> {
          organs.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(kind(rs, 2));
        });
    List<Committee> result = new ArrayList<>();
    jdbc.sql("SELECT c.code, c.name, c.symbol, c.parent_code, c.depth FROM committee c " + where + " ORDER BY c.code")
        .params(params)
        .query(rs -> {
          String code = rs.getString(1);
          result.add(new Committee(code, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
              organs.getOrDefault(code, List.of())));
        });
    return result;
  }

  /** The organ kind in five columns of a row from {@code first}: key, name, roles, stands_in_for, position. */
  private static OrganKind kind(ResultSet rs, int first) throws SQLException {
    return new OrganKind(rs.getString(first), rs.getString(first + 1), OrganKind.roles(rs.getString(first + 2)),
        OrganKind.roles(rs.getString(first + 3)), rs.getInt(first + 4));
  }
}
