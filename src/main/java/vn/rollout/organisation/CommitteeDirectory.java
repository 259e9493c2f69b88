package vn.rollout.organisation;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import vn.rollout.shared.TransactionScoped;

/** Read access to the organisation for the other features: who a committee is, its subordinates, its units. */
@Service
public class CommitteeDirectory {

  private static final Object FOUND_IN_TRANSACTION = CommitteeDirectory.class.getName() + ".found";
  private static final Object HAS_CHILDREN_IN_TRANSACTION = CommitteeDirectory.class.getName() + ".hasChildren";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private volatile Boolean postgres;

  CommitteeDirectory(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  /**
   * The committee with its organs, in one query. Within a transaction each code is looked up once: a
   * rollout's start asks for its committee and superior from several places (organs, Cockpit grants,
   * the task heading), and the organisation changes only by import, never inside a process's
   * transaction.
   */
  public Optional<Committee> find(String code) {
    Map<String, Optional<Committee>> found = TransactionScoped.map(FOUND_IN_TRANSACTION);
    return found == null ? load(code) : found.computeIfAbsent(code, this::load);
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

  /**
   * Whether a committee has a direct subordinate: from {@link #readWhichHaveChildren} when this transaction
   * read it for a batch of committees, else one query (remembered for the transaction).
   */
  public boolean hasChildren(String code) {
    Map<String, Boolean> known = TransactionScoped.map(HAS_CHILDREN_IN_TRANSACTION);
    return known == null ? readHasChildren(code) : known.computeIfAbsent(code, this::readHasChildren);
  }

  private boolean readHasChildren(String code) {
    return jdbc.sql("SELECT 1 FROM committee WHERE parent_code = :code FETCH FIRST 1 ROWS ONLY")
        .param("code", code)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /**
   * Reads which of these committees have direct subordinates, one query per 500, for {@link #hasChildren}
   * to answer from for the rest of the transaction (nothing is read outside one): a cascade batch starts a
   * hundred rollouts, and each asks at its start whether its committee has subordinates to cascade to.
   * A query per committee could each cost a read of the whole table: PostgreSQL plans a statement it runs
   * often once for any code, and where one committee has tens of thousands of direct subordinates (the
   * benchmark's cascade) that plan reads the table until it finds a subordinate, all of it for a committee
   * without any. This query costs at most one such read per batch (BENCHMARKS.md, "Cascade: which
   * subordinates have subordinates, read once per batch").
   */
  public void readWhichHaveChildren(List<String> codes) {
    Map<String, Boolean> known = TransactionScoped.map(HAS_CHILDREN_IN_TRANSACTION);
    if (known == null) {
      return;
    }
    for (int from = 0; from < codes.size(); from += 500) {
      List<String> page = codes.subList(from, Math.min(codes.size(), from + 500));
      Set<String> parents = new HashSet<>(
          jdbc.sql("SELECT DISTINCT parent_code FROM committee WHERE parent_code IN (:codes)")
              .param("codes", page)
              .query(String.class)
              .list());
      page.forEach(code -> known.put(code, parents.contains(code)));
    }
  }

  /** The codes of a committee's direct subordinates only (no organs): cheap even for tens of thousands. */
  public List<String> childCodes(String code) {
    return jdbc.sql("SELECT code FROM committee WHERE parent_code = :code ORDER BY code")
        .param("code", code)
        .query(String.class)
        .list();
  }

  /**
   * The codes of a committee's direct subordinates from {@code from} (inclusive; empty: no lower bound)
   * to {@code to} (exclusive; empty: no upper bound), in Java's {@link String} order: one batch of the
   * cascade ({@code rollout.SubordinateBatch}) read alone, not out of all the subordinates (a batch's job
   * of a committee with tens of thousands of them read every one of them). PostgreSQL compares text by
   * the database's collation, in which {@code a-c} may come after {@code ab} (en_US ignores the hyphen at
   * first); {@code COLLATE "C"} compares the bytes, as Java compares codes of {@code [a-z0-9-]}, and is
   * indexed ({@code db/postgres/V3_19}). H2 compares as Java does.
   */
  public List<String> childCodesBetween(String code, String from, String to) {
    String collate = postgres() ? " COLLATE \"C\"" : "";
    String sql = "SELECT code FROM committee WHERE parent_code = :code AND code" + collate + " >= :from"
        + (to.isEmpty() ? "" : " AND code" + collate + " < :to");
    var statement = jdbc.sql(sql).param("code", code).param("from", from);
    if (!to.isEmpty()) {
      statement = statement.param("to", to);
    }
    return statement.query(String.class).list().stream().sorted().toList();
  }

  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try {
        // the transaction's connection, if there is one (JdbcUtils asks DataSourceUtils)
        known = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
      } catch (MetaDataAccessException e) {
        throw new IllegalStateException("the database's product name could not be read", e);
      }
      postgres = known;
    }
    return known;
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
