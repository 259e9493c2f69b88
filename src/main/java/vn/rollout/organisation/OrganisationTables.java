package vn.rollout.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The domain tables of the organisation, read whole and written in JDBC batches: an import costs a
 * few statements per thousand rows, not a round trip per row.
 */
@Repository
class OrganisationTables {

  static final int BATCH_SIZE = 1000;

  private final JdbcTemplate jdbc;

  OrganisationTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  OrganisationState load() {
    Map<String, OrganKind> kinds = new LinkedHashMap<>();
    jdbc.query("SELECT kind_key, name, roles, stands_in_for, sort_order FROM organ_kind ORDER BY sort_order", rs -> {
      kinds.put(rs.getString(1), new OrganKind(rs.getString(1), rs.getString(2), OrganKind.roles(rs.getString(3)),
          OrganKind.roles(rs.getString(4)), rs.getInt(5)));
    });
    Map<String, List<OrganKind>> organs = new HashMap<>();
    jdbc.query("SELECT committee_code, organ FROM committee_organ", rs -> {
      OrganKind kind = kinds.get(rs.getString(2));
      if (kind != null) {
        organs.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(kind);
      }
    });
    Map<String, Committee> committees = new HashMap<>();
    jdbc.query("SELECT code, name, symbol, parent_code, depth FROM committee", rs -> {
      String code = rs.getString(1);
      committees.put(code, new Committee(code, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
          organs.getOrDefault(code, List.of())));
    });
    Map<String, Unit> units = new HashMap<>();
    jdbc.query("SELECT code, name, committee_code FROM unit", rs -> {
      units.put(rs.getString(1), new Unit(rs.getString(1), rs.getString(2), rs.getString(3)));
    });
    Map<String, Official> officials = new HashMap<>();
    jdbc.query("SELECT username, full_name, email, committee_code, role FROM official", rs -> {
      officials.put(rs.getString(1),
          new Official(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    });
    return new OrganisationState(kinds, committees, units, officials);
  }

  /** Writes what the plan changes, and counts it. */
  ImportSummary write(ImportPlan plan) {
    OrganisationState stored = plan.stored();
    return new ImportSummary(kinds(plan.kinds(), stored), committees(plan, stored), units(plan.units(), stored),
        officials(plan.officials(), stored));
  }

  private ImportSummary.Count kinds(List<OrganKind> kinds, OrganisationState stored) {
    List<OrganKind> created = new ArrayList<>();
    List<OrganKind> updated = new ArrayList<>();
    for (OrganKind kind : kinds) {
      OrganKind before = stored.kinds().get(kind.key());
      if (before == null) {
        created.add(kind);
      } else if (!kind.equals(before)) {
        updated.add(kind);
      }
    }
    String insert = "INSERT INTO organ_kind (name, roles, stands_in_for, sort_order, kind_key) VALUES (?, ?, ?, ?, ?)";
    String update = "UPDATE organ_kind SET name = ?, roles = ?, stands_in_for = ?, sort_order = ? WHERE kind_key = ?";
    for (var statement : List.of(Map.entry(insert, created), Map.entry(update, updated))) {
      jdbc.batchUpdate(statement.getKey(), statement.getValue(), BATCH_SIZE, (ps, k) -> {
        ps.setString(1, k.namePattern());
        ps.setString(2, OrganKind.keys(k.roles()));
        ps.setString(3, OrganKind.keys(k.standsInFor()));
        ps.setInt(4, k.position());
        ps.setString(5, k.key());
      });
    }
    return new ImportSummary.Count(created.size(), updated.size(), kinds.size() - created.size() - updated.size());
  }

  private ImportSummary.Count committees(ImportPlan plan, OrganisationState stored) {
    List<Committee> created = new ArrayList<>();
    List<Committee> updated = new ArrayList<>();
    List<Committee> organsChanged = new ArrayList<>();
    for (Committee committee : plan.committees()) {
      Committee before = stored.committees().get(committee.code());
      if (before == null) {
        created.add(committee);
        organsChanged.add(committee);
      } else {
        boolean rowChanged = !committee.name().equals(before.name()) || !committee.symbol().equals(before.symbol())
            || !Objects.equals(committee.parentCode(), before.parentCode()) || committee.depth() != before.depth();
        if (rowChanged) {
          updated.add(committee);
        }
        if (!committee.organKeys().equals(before.organKeys())) {
          organsChanged.add(committee);
          if (!rowChanged) {
            updated.add(committee);
          }
        }
      }
    }
    // A parent before its children, for the foreign key.
    created.sort(Comparator.comparingInt(Committee::depth));
    jdbc.batchUpdate("INSERT INTO committee (code, name, symbol, parent_code, depth) VALUES (?, ?, ?, ?, ?)",
        created, BATCH_SIZE, (ps, c) -> {
          ps.setString(1, c.code());
          ps.setString(2, c.name());
          ps.setString(3, c.symbol());
          ps.setString(4, c.parentCode());
          ps.setInt(5, c.depth());
        });
    List<Committee> rowUpdates = new ArrayList<>(updated);
    rowUpdates.addAll(plan.movedDescendants());
    jdbc.batchUpdate("UPDATE committee SET name = ?, symbol = ?, parent_code = ?, depth = ? WHERE code = ?",
        rowUpdates, BATCH_SIZE, (ps, c) -> {
          ps.setString(1, c.name());
          ps.setString(2, c.symbol());
          ps.setString(3, c.parentCode());
          ps.setInt(4, c.depth());
          ps.setString(5, c.code());
        });
    List<Object[]> organsAdded = new ArrayList<>();
    List<Object[]> organsRemoved = new ArrayList<>();
    for (Committee committee : organsChanged) {
      Set<String> before = stored.committees().containsKey(committee.code())
          ? stored.committees().get(committee.code()).organKeys()
          : Set.of();
      Set<String> after = committee.organKeys();
      after.stream().filter(key -> !before.contains(key)).sorted()
          .forEach(key -> organsAdded.add(new Object[] {committee.code(), key}));
      before.stream().filter(key -> !after.contains(key)).sorted()
          .forEach(key -> organsRemoved.add(new Object[] {committee.code(), key}));
    }
    jdbc.batchUpdate("DELETE FROM committee_organ WHERE committee_code = ? AND organ = ?", organsRemoved);
    jdbc.batchUpdate("INSERT INTO committee_organ (committee_code, organ) VALUES (?, ?)", organsAdded);
    return new ImportSummary.Count(created.size(), updated.size(), plan.committees().size() - created.size() - updated.size());
  }

  private ImportSummary.Count units(List<Unit> units, OrganisationState stored) {
    List<Unit> created = new ArrayList<>();
    List<Unit> updated = new ArrayList<>();
    for (Unit unit : units) {
      Unit before = stored.units().get(unit.code());
      if (before == null) {
        created.add(unit);
      } else if (!unit.equals(before)) {
        updated.add(unit);
      }
    }
    jdbc.batchUpdate("INSERT INTO unit (name, committee_code, code) VALUES (?, ?, ?)", created, BATCH_SIZE, (ps, u) -> {
      ps.setString(1, u.name());
      ps.setString(2, u.committeeCode());
      ps.setString(3, u.code());
    });
    jdbc.batchUpdate("UPDATE unit SET name = ?, committee_code = ? WHERE code = ?", updated, BATCH_SIZE, (ps, u) -> {
      ps.setString(1, u.name());
      ps.setString(2, u.committeeCode());
      ps.setString(3, u.code());
    });
    return new ImportSummary.Count(created.size(), updated.size(), units.size() - created.size() - updated.size());
  }

  private ImportSummary.Count officials(List<Official> officials, OrganisationState stored) {
    List<Official> created = new ArrayList<>();
    List<Official> updated = new ArrayList<>();
    for (Official official : officials) {
      Official before = stored.officials().get(official.username());
      if (before == null) {
        created.add(official);
      } else if (!official.equals(before)) {
        updated.add(official);
      }
    }
    String insert = "INSERT INTO official (full_name, email, committee_code, role, username) VALUES (?, ?, ?, ?, ?)";
    String update = "UPDATE official SET full_name = ?, email = ?, committee_code = ?, role = ? WHERE username = ?";
    for (var statement : Map.of(insert, created, update, updated).entrySet()) {
      jdbc.batchUpdate(statement.getKey(), statement.getValue(), BATCH_SIZE, (ps, o) -> {
        ps.setString(1, o.fullName());
        ps.setString(2, o.email());
        ps.setString(3, o.committeeCode());
        ps.setString(4, o.role());
        ps.setString(5, o.username());
      });
    }
    return new ImportSummary.Count(created.size(), updated.size(), officials.size() - created.size() - updated.size());
  }
}
