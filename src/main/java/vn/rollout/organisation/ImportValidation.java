package vn.rollout.organisation;

import static vn.rollout.organisation.OrganisationFiles.COMMITTEES;
import static vn.rollout.organisation.OrganisationFiles.COMMITTEES_HEADER;
import static vn.rollout.organisation.OrganisationFiles.OFFICIALS;
import static vn.rollout.organisation.OrganisationFiles.OFFICIALS_HEADER;
import static vn.rollout.organisation.OrganisationFiles.ORGAN_KINDS;
import static vn.rollout.organisation.OrganisationFiles.ORGAN_KINDS_HEADER;
import static vn.rollout.organisation.OrganisationFiles.UNITS;
import static vn.rollout.organisation.OrganisationFiles.UNITS_HEADER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.Problem;

/**
 * Checks the files of one import, against each other and against what is stored, and collects every
 * problem with its file, line and field before anything is written. Rows may come in any order; a
 * parent, a committee or a unit may be in the files or already stored.
 */
final class ImportValidation {

  static final int MAX_CODE = 48;
  /** An organ's group is named "<organ label> <committee name>", and Camunda's group names hold 255 characters. */
  static final int MAX_COMMITTEE_NAME = 200;
  static final int MAX_NAME = 255;
  /** Committee codes that would make an organ's group id look like a unit's ({@code unit.van-phong}). */
  static final String RESERVED_CODE = TaskGroups.UNIT_PREFIX.substring(0, TaskGroups.UNIT_PREFIX.length() - 1);

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_CODE - 1) + "}");
  private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
  private static final Pattern SYMBOL = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}]{0,15}");
  private static final List<String> FILE_ORDER = List.of(ORGAN_KINDS, COMMITTEES, UNITS, OFFICIALS);
  private static final String ROLE_KEYS = Arrays.stream(Role.values()).map(Role::key).collect(Collectors.joining(", "));
  /** An organ's name without the committee's, so that with a committee name of {@value #MAX_COMMITTEE_NAME} it fits Camunda's 255. */
  static final int MAX_ORGAN_TITLE = MAX_NAME - MAX_COMMITTEE_NAME;

  private final OrganisationState stored;
  private final Set<String> camundaUsers;
  private final Predicate<Official> initialPasswordAllowed;
  private final List<Problem> problems = new ArrayList<>();

  private final Map<String, OrganKind> kinds = new LinkedHashMap<>();
  /** The catalogue after the import: the stored kinds with those of the file over them. */
  private final Map<String, OrganKind> catalogue = new LinkedHashMap<>();
  private final Map<String, Committee> committees = new LinkedHashMap<>();
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, Official> officials = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();
  /** Committees of the files with an unknown organ: their roles are not checked, the unknown organ is the problem. */
  private final Set<String> organsUnknown = new HashSet<>();
  private boolean kindsReadable = true;
  private boolean committeesReadable = true;
  private boolean unitsReadable = true;

  /**
   * @param camundaUsers the ids of every user in Camunda's identity service
   * @param initialPasswordAllowed whether the initial password passes the password policy for a new
   *     official; {@code null} when officials get no initial password
   */
  ImportValidation(OrganisationState stored, Set<String> camundaUsers, Predicate<Official> initialPasswordAllowed) {
    this.stored = stored;
    this.camundaUsers = camundaUsers;
    this.initialPasswordAllowed = initialPasswordAllowed;
  }

  /** The plan of the import, or a {@link InvalidInputException} listing every problem of the files. */
  ImportPlan check(OrganisationFiles files) {
    List<CsvFile.Row> kindRows = rows(ORGAN_KINDS, files.organKinds(), ORGAN_KINDS_HEADER);
    kindsReadable = kindRows != null;
    catalogue.putAll(stored.kinds());
    if (kindRows != null) {
      int position = stored.kinds().values().stream().mapToInt(OrganKind::position).max().orElse(0);
      for (CsvFile.Row row : kindRows) {
        OrganKind kind = kind(row, stored.kinds().containsKey(row.get(0)) ? 0 : ++position);
        if (kind != null) {
          kinds.put(kind.key(), kind);
          catalogue.put(kind.key(), kind);
        }
      }
    }
    List<CsvFile.Row> committeeRows = rows(COMMITTEES, files.committees(), COMMITTEES_HEADER);
    committeesReadable = committeeRows != null;
    List<CsvFile.Row> unitRows = rows(UNITS, files.units(), UNITS_HEADER);
    unitsReadable = unitRows != null;
    List<CsvFile.Row> officialRows = rows(OFFICIALS, files.officials(), OFFICIALS_HEADER);

    if (committeeRows != null) {
      committeeRows.forEach(this::committee);
    }
    if (unitRows != null) {
      unitRows.forEach(this::unit);
    }
    if (officialRows != null) {
      officialRows.forEach(this::official);
    }
    Tree tree = tree();
    storedOfficialsKeepTheirRoles();
    List<Committee> renamedOrgans = everyRolePlayed();

    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing((Problem problem) -> FILE_ORDER.indexOf(problem.file()))
          .thenComparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
      Problem first = problems.get(0);
      throw new InvalidInputException(part(first.file()),
          "the organisation files have " + problems.size() + " problem(s); nothing was imported", problems);
    }
    List<Committee> placed = committees.values().stream()
        .map(c -> new Committee(c.code(), c.name(), c.symbol(), c.parentCode(), tree.depth.get(c.code()), c.organs()))
        .toList();
    List<Committee> moved = stored.committees().values().stream()
        .filter(c -> !committees.containsKey(c.code()) && tree.affected.contains(c.code()))
        .filter(c -> c.depth() != tree.depth.get(c.code()))
        .map(c -> new Committee(c.code(), c.name(), c.symbol(), c.parentCode(), tree.depth.get(c.code()), c.organs()))
        .toList();
    return new ImportPlan(List.copyOf(kinds.values()), Map.copyOf(catalogue), placed, moved, renamedOrgans,
        List.copyOf(units.values()), List.copyOf(officials.values()), stored);
  }

  /** The multipart part a file comes in. */
  private static String part(String file) {
    String part = file.substring(0, file.length() - ".csv".length());
    return part.equals("organ-kinds") ? "organKinds" : part;
  }

  private List<CsvFile.Row> rows(String file, byte[] bytes, List<String> header) {
    if (bytes == null) {
      return List.of();
    }
    return CsvFile.read(file, bytes, header, problems).orElse(null);
  }

  private void committee(CsvFile.Row row) {
    String code = row.get(0);
    boolean codeValid = code(COMMITTEES, row.line(), "code", code);
    if (codeValid && code.equals(RESERVED_CODE)) {
      problem(COMMITTEES, row.line(), "code", "the code " + RESERVED_CODE + " is reserved");
      codeValid = false;
    }
    name(COMMITTEES, row.line(), "name", row.get(1), MAX_COMMITTEE_NAME);
    String symbol = row.get(2);
    if (symbol.isEmpty()) {
      problem(COMMITTEES, row.line(), "symbol", "symbol is missing");
    } else if (!SYMBOL.matcher(symbol).matches()) {
      problem(COMMITTEES, row.line(), "symbol", "symbol must be upper-case letters or digits, at most 16, e.g. TU or ĐU");
    }
    int before = problems.size();
    List<OrganKind> organs = organs(row);
    if (problems.size() > before) {
      organsUnknown.add(code);
    }
    String parent = row.get(3).isEmpty() ? null : row.get(3);
    if (codeValid && firstOccurrence(COMMITTEES, row.line(), "code", code)) {
      committees.put(code, new Committee(code, row.get(1), symbol, parent, 0, organs));
    }
  }

  private List<OrganKind> organs(CsvFile.Row row) {
    Map<String, OrganKind> organs = new LinkedHashMap<>();
    if (!kindsReadable) {
      return List.of();
    }
    for (String key : row.get(4).split(";")) {
      String trimmed = key.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      OrganKind kind = catalogue.get(trimmed);
      if (kind != null) {
        organs.put(kind.key(), kind);
      } else {
        problem(COMMITTEES, row.line(), "organs", "unknown organ " + trimmed + "; organs are the keys of the catalogue: " + kindKeys());
      }
    }
    if (organs.isEmpty() && row.get(4).isBlank()) {
      problem(COMMITTEES, row.line(), "organs", "organs is missing: name at least one of " + kindKeys());
    }
    return List.copyOf(organs.values());
  }

  private String kindKeys() {
    return String.join(", ", catalogue.keySet());
  }

  /** A row of {@code organ-kinds.csv}, or {@code null} when it has problems. A new kind gets {@code position}, a known one keeps its own. */
  private OrganKind kind(CsvFile.Row row, int position) {
    int line = row.line();
    String key = row.get(0);
    boolean valid = code(ORGAN_KINDS, line, "key", key) && firstOccurrence(ORGAN_KINDS, line, "key", key);
    String pattern = row.get(1);
    if (name(ORGAN_KINDS, line, "name", pattern, MAX_NAME)) {
      int at = pattern.indexOf(OrganKind.COMMITTEE);
      if (at < 0 || at != pattern.lastIndexOf(OrganKind.COMMITTEE)) {
        valid = problem(ORGAN_KINDS, line, "name", "name must hold " + OrganKind.COMMITTEE
            + " once, where the committee's name goes, e.g. Ban Thường vụ " + OrganKind.COMMITTEE);
      } else if (pattern.length() - OrganKind.COMMITTEE.length() > MAX_ORGAN_TITLE) {
        valid = problem(ORGAN_KINDS, line, "name", "name without " + OrganKind.COMMITTEE + " is longer than " + MAX_ORGAN_TITLE + " characters");
      }
    } else {
      valid = false;
    }
    Set<Role> roles = roles(line, "roles", row.get(2));
    Set<Role> standsInFor = roles(line, "stands_in_for", row.get(3));
    valid &= roles != null && standsInFor != null;
    if (!valid) {
      return null;
    }
    OrganKind before = stored.kinds().get(key);
    return new OrganKind(key, pattern, roles, standsInFor, before != null ? before.position() : position);
  }

  private Set<Role> roles(int line, String field, String keys) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    boolean valid = true;
    for (String key : keys.split(";")) {
      String trimmed = key.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Optional<Role> role = Role.ofKey(trimmed);
      if (role.isPresent()) {
        roles.add(role.get());
      } else {
        valid = problem(ORGAN_KINDS, line, field, "unknown role " + trimmed + "; roles are " + ROLE_KEYS);
      }
    }
    return valid ? roles : null;
  }

  /**
   * Every committee of the files, and every stored committee with an organ of a kind of the files,
   * must have an organ for each required role. Returns the stored committees outside the files whose
   * organs' names change with a kind's name.
   */
  private List<Committee> everyRolePlayed() {
    List<Committee> renamed = new ArrayList<>();
    if (kinds.isEmpty() && committees.isEmpty()) {
      return renamed;
    }
    for (Committee committee : committees.values()) {
      if (!committee.organs().isEmpty() && !organsUnknown.contains(committee.code())) {
        missingRoles(committee).forEach(role -> problem(COMMITTEES, lines.get(COMMITTEES + committee.code()), "organs",
            "committee " + committee.code() + " has no organ for the role " + role.key() + " (" + role.label() + "): add one"
                + playing(role)));
      }
    }
    if (kinds.isEmpty()) {
      return renamed;
    }
    for (Committee before : stored.committees().values()) {
      if (committees.containsKey(before.code()) || before.organs().stream().noneMatch(kind -> kinds.containsKey(kind.key()))) {
        continue;
      }
      Committee after = new Committee(before.code(), before.name(), before.symbol(), before.parentCode(), before.depth(),
          before.organs().stream().map(kind -> catalogue.get(kind.key())).toList());
      for (Role role : missingRoles(after)) {
        OrganKind changed = before.organ(role).map(kind -> kinds.get(kind.key())).orElse(null);
        problem(ORGAN_KINDS, changed == null ? null : lines.get(ORGAN_KINDS + changed.key()), "roles",
            "committee " + before.code() + " would have no organ for the role " + role.key() + " (" + role.label() + ")");
      }
      boolean nameChanged = before.organs().stream()
          .anyMatch(kind -> !kind.namePattern().equals(catalogue.get(kind.key()).namePattern()));
      if (nameChanged) {
        renamed.add(after);
      }
    }
    return renamed;
  }

  private static List<Role> missingRoles(Committee committee) {
    return Arrays.stream(Role.values()).filter(Role::required).filter(role -> !committee.has(role)).toList();
  }

  /** "; organs that play it: van-phong, bi-thu": the kinds of the catalogue that play or stand in for a role. */
  private String playing(Role role) {
    String keys = catalogue.values().stream()
        .filter(kind -> kind.roles().contains(role) || kind.standsInFor().contains(role))
        .map(OrganKind::key).collect(Collectors.joining(", "));
    return keys.isEmpty() ? "" : " of a kind that plays it: " + keys;
  }

  private void unit(CsvFile.Row row) {
    String code = row.get(0);
    boolean codeValid = code(UNITS, row.line(), "code", code);
    name(UNITS, row.line(), "name", row.get(1), MAX_NAME);
    String committee = row.get(2);
    committeeReference(UNITS, row.line(), committee, "unit in unknown committee ");
    if (codeValid && firstOccurrence(UNITS, row.line(), "code", code)) {
      units.put(code, new Unit(code, row.get(1), committee));
    }
  }

  private void official(CsvFile.Row row) {
    int line = row.line();
    String username = row.get(0);
    boolean valid = false;
    if (username.isEmpty()) {
      problem(OFFICIALS, line, "username", "username is missing");
    } else if (!USERNAME.matcher(username).matches()) {
      problem(OFFICIALS, line, "username",
          "username must be at most 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit");
    } else if (firstOccurrence(OFFICIALS, line, "username", username)) {
      valid = !camundaUsers.contains(username) || stored.officials().containsKey(username)
          || problem(OFFICIALS, line, "username", "username " + username + " belongs to a user who is not an official");
    }
    valid &= name(OFFICIALS, line, "full_name", row.get(1), MAX_NAME);
    String email = row.get(2);
    Optional<String> badEmail = PersonFields.emailProblem("email", email);
    if (badEmail.isPresent()) {
      valid = problem(OFFICIALS, line, "email", badEmail.get());
    }
    String committee = row.get(3);
    boolean committeeKnown = committeeReference(OFFICIALS, line, committee, "official in unknown committee ");
    valid &= committeeKnown;
    String role = row.get(4);
    if (role.isEmpty()) {
      valid = problem(OFFICIALS, line, "role", "role is missing");
    } else if (committeeKnown && kindsReadable && committeesReadable && unitsReadable) {
      valid &= role(line, committee, role);
    }
    if (valid) {
      Official official = new Official(username, row.get(1), email, committee, role);
      officials.put(username, official);
      if (initialPasswordAllowed != null && !camundaUsers.contains(username) && !initialPasswordAllowed.test(official)) {
        problem(OFFICIALS, line, "username",
            "the initial password does not pass the password policy for this official (it contains their name or username)");
      }
    }
  }

  private boolean role(int line, String committee, String role) {
    if (catalogue.containsKey(role)) {
      Committee organs = committee(committee);
      if (!organs.hasOrgan(role)) {
        return problem(OFFICIALS, line, "role", "committee " + committee + " has no organ " + role + "; it has "
            + organs.organs().stream().map(OrganKind::key).collect(Collectors.joining(", ")));
      }
      return true;
    }
    Unit unit = units.containsKey(role) ? units.get(role) : stored.units().get(role);
    if (unit == null) {
      return problem(OFFICIALS, line, "role",
          "unknown role " + role + ": neither an organ (" + kindKeys() + ") nor the code of a unit");
    }
    if (!unit.committeeCode().equals(committee)) {
      return problem(OFFICIALS, line, "role",
          "unit " + role + " belongs to committee " + unit.committeeCode() + ", not to " + committee);
    }
    return true;
  }

  /** Whether {@code committee} names a committee in the files or stored; a problem if it does not. */
  private boolean committeeReference(String file, int line, String committee, String unknown) {
    if (committee.isEmpty()) {
      return problem(file, line, "committee_code", "committee_code is missing");
    }
    if (!committeesReadable) {
      return false;
    }
    if (committee(committee) == null) {
      return problem(file, line, "committee_code", unknown + committee);
    }
    return true;
  }

  private Committee committee(String code) {
    Committee committee = committees.get(code);
    return committee != null ? committee : stored.committees().get(code);
  }

  /**
   * Places every committee in the tree as it will be after the import: reports unknown parents and
   * cycles, and derives each committee's depth.
   */
  private Tree tree() {
    Tree tree = new Tree();
    if (committees.isEmpty()) {
      return tree;
    }
    Map<String, String> parentOf = new HashMap<>();
    stored.committees().values().forEach(c -> parentOf.put(c.code(), c.parentCode()));
    committees.values().forEach(c -> parentOf.put(c.code(), c.parentCode()));
    for (Committee committee : committees.values()) {
      String parent = committee.parentCode();
      if (parent != null && !parentOf.containsKey(parent)) {
        problem(COMMITTEES, lines.get(COMMITTEES + committee.code()), "parent_code", "unknown parent " + parent);
        parentOf.put(committee.code(), null);
      }
    }
    Set<String> broken = new HashSet<>();
    for (String start : parentOf.keySet()) {
      List<String> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>();
      String code = start;
      while (code != null && !tree.depth.containsKey(code) && !broken.contains(code) && !onPath.containsKey(code)) {
        onPath.put(code, path.size());
        path.add(code);
        code = parentOf.get(code);
      }
      if (code != null && onPath.containsKey(code)) {
        cycle(path.subList(onPath.get(code), path.size()));
        broken.addAll(path);
      } else if (code != null && broken.contains(code)) {
        broken.addAll(path);
      } else {
        int depth = code == null ? -1 : tree.depth.get(code);
        boolean affected = code != null && tree.affected.contains(code);
        for (int i = path.size() - 1; i >= 0; i--) {
          String placed = path.get(i);
          tree.depth.put(placed, ++depth);
          affected |= committees.containsKey(placed);
          if (affected) {
            tree.affected.add(placed);
          }
        }
      }
    }
    return tree;
  }

  private void cycle(List<String> cycle) {
    for (int i = 0; i < cycle.size(); i++) {
      String code = cycle.get(i);
      if (!committees.containsKey(code)) {
        continue;
      }
      List<String> round = new ArrayList<>(cycle.subList(i, cycle.size()));
      round.addAll(cycle.subList(0, i + 1));
      problem(COMMITTEES, lines.get(COMMITTEES + code), "parent_code",
          "parent_code makes a cycle: " + String.join(" → ", round));
    }
  }

  /** An official left out of the files must keep a valid role when their committee or unit changes. */
  private void storedOfficialsKeepTheirRoles() {
    if (committees.isEmpty() && units.isEmpty()) {
      return;
    }
    for (Official official : stored.officials().values()) {
      if (officials.containsKey(official.username())) {
        continue;
      }
      if (catalogue.containsKey(official.role())) {
        Committee committee = committees.get(official.committeeCode());
        if (committee != null && !committee.hasOrgan(official.role())) {
          problem(COMMITTEES, lines.get(COMMITTEES + committee.code()), "organs", "organ " + official.role()
              + " is still the role of official " + official.username() + ": give them another role in " + OFFICIALS);
        }
      } else {
        Unit unit = units.get(official.role());
        if (unit != null && !unit.committeeCode().equals(official.committeeCode())) {
          problem(UNITS, lines.get(UNITS + unit.code()), "committee_code", "unit " + unit.code()
              + " still has official " + official.username() + " of committee " + official.committeeCode()
              + ": move them in " + OFFICIALS);
        }
      }
    }
  }

  private boolean code(String file, int line, String field, String code) {
    if (code.isEmpty()) {
      return problem(file, line, field, field + " is missing");
    }
    if (!CODE.matcher(code).matches()) {
      return problem(file, line, field,
          field + " must be at most " + MAX_CODE + " lower-case letters, digits or hyphens, starting with a letter or digit");
    }
    return true;
  }

  private boolean name(String file, int line, String field, String name, int max) {
    Optional<String> bad = PersonFields.nameProblem(field, name, max);
    return bad.isEmpty() || problem(file, line, field, bad.get());
  }

  private boolean firstOccurrence(String file, int line, String field, String key) {
    Integer first = lines.putIfAbsent(file + key, line);
    if (first != null) {
      return problem(file, line, field, "duplicate " + field + " " + key + ", first on line " + first);
    }
    return true;
  }

  /** Records a problem; always {@code false}, so that a check can return it. */
  private boolean problem(String file, Integer line, String field, String reason) {
    problems.add(new Problem(file, line, field, reason));
    return false;
  }

  /** Depths after the import, and which committees are in the files or below one. */
  private static final class Tree {
    final Map<String, Integer> depth = new HashMap<>();
    final Set<String> affected = new HashSet<>();
  }
}
