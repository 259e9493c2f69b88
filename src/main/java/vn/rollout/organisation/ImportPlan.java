package vn.rollout.organisation;

import java.util.List;
import java.util.Map;

/**
 * A checked import: the organ kinds of the files and the catalogue after the import, the committees,
 * units and officials of the files (committees with their depth in the tree after the import), the
 * committees outside the files whose depth changes because an ancestor moved, those whose organs are
 * named anew because a kind's name changed, and the state before the import to compare with.
 */
record ImportPlan(
    List<OrganKind> kinds,
    Map<String, OrganKind> catalogue,
    List<Committee> committees,
    List<Committee> movedDescendants,
    List<Committee> renamedOrgans,
    List<Unit> units,
    List<Official> officials,
    OrganisationState stored) {}
