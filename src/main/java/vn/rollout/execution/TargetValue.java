package vn.rollout.execution;

import java.math.BigDecimal;

/**
 * A resolution's target as an item's execution form shows it, and the value reached the lead unit
 * reports for it ({@code targetValues} of the form, a dynamic list).
 *
 * @param targetId the target's id (shown read-only, sent back)
 * @param label shown only: "Tỷ lệ hộ nghèo (%): mục tiêu 0,5 năm 2030"
 * @param reached the value reached so far, in the target's unit; {@code null}: not reported this time
 */
public record TargetValue(Long targetId, String label, BigDecimal reached) {}
