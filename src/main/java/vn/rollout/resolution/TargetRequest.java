package vn.rollout.resolution;

import java.math.BigDecimal;

/**
 * One target (chỉ tiêu) of a resolution to register, an element of {@code targets} of
 * {@code POST /api/resolutions} and of the start form's list: "tỷ trọng kinh tế số trong GRDP", unit
 * "%", baseline 18 in 2024, target 30 by 2030, field "kinh tế", higher is better. The years are whole
 * numbers; they are read as numbers so that a fraction or a huge one is refused naming the field.
 */
public record TargetRequest(
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal baselineYear,
    BigDecimal target,
    BigDecimal targetYear,
    String field,
    Boolean higherIsBetter) {}
