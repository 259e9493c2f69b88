package vn.rollout.organisation;

import java.util.List;

/**
 * A checked import: the committees, units and officials of the files (committees with their depth
 * in the tree after the import), the committees outside the files whose depth changes because an
 * ancestor moved, and the state before the import to compare with.
 */
record ImportPlan(
    List<Committee> committees,
    List<Committee> movedDescendants,
    List<Unit> units,
    List<Official> officials,
    OrganisationState stored) {}
