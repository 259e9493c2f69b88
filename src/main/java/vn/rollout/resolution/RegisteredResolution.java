package vn.rollout.resolution;

/** The answer to a registration: the resolution's id and the issuing committee's rollout. */
public record RegisteredResolution(long id, String symbol, String businessKey, String processInstanceId) {}
