package vn.rollout.organisation;

import java.util.Map;

/** What the domain tables hold before an import, loaded in bulk: the organ kinds, committees (with organs), units, officials by key. */
record OrganisationState(Map<String, OrganKind> kinds, Map<String, Committee> committees, Map<String, Unit> units,
    Map<String, Official> officials) {}
