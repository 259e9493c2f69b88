package vn.rollout.rollout;

/** The rollout of a resolution in one committee, and the process instance that runs it. */
public record Rollout(long id, long resolutionId, String committeeCode, Long parentProgrammeId, String processInstanceId) {}
