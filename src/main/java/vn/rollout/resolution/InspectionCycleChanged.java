package vn.rollout.resolution;

/**
 * The inspection cycle of a resolution has changed (published inside the changing transaction): the
 * rollout module sets it on every running rollout of the resolution.
 */
public record InspectionCycleChanged(long resolutionId, String inspectionCycle) {}
