package vn.rollout.resolution;

/**
 * A resolution has been registered (published inside the registering transaction): the rollout module
 * starts its rollout in the issuing committee, in the same transaction, so that a failed start
 * registers nothing.
 */
public record ResolutionRegistered(long resolutionId, String issuingCommittee) {}
