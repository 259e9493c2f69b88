package vn.rollout.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem of a bulk input: which file and line, which field, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String file, Integer line, String field, String reason) {}
