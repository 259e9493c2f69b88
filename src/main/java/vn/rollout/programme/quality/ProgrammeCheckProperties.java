package vn.rollout.programme.quality;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of the programme check, {@code rollout.programme-check.*} (defaults in
 * {@code application.yaml}).
 *
 * @param copyThreshold an item copies a parent item when their similarity reaches this (see
 *     {@link CopyDetection} for the measure)
 * @param returnedCopyShare a programme goes back when this share of its items (or more) are copies
 * @param specificTokenFactor the similarity is multiplied by this for every figure, and every proper
 *     name, that the item names and the parent item does not: an item with its own numbers, places and
 *     units is the committee's own, even on the parent's topic
 * @param lexicon the file of slogan, product, count, level and filler words (UTF-8), e.g.
 *     {@code file:/etc/rollout/lexicon.txt}
 */
@Validated
@ConfigurationProperties("rollout.programme-check")
public record ProgrammeCheckProperties(
    @DecimalMin("0.0") @DecimalMax("1.0") double copyThreshold,
    @DecimalMin("0.0") @DecimalMax("1.0") double returnedCopyShare,
    @DecimalMin("0.0") @DecimalMax("1.0") double specificTokenFactor,
    @NotNull Resource lexicon) {

  /** The values of {@code application.yaml}, for a check made without Spring. */
  public static ProgrammeCheckProperties defaults() {
    return new ProgrammeCheckProperties(0.6, 0.5, 0.5, new DefaultResourceLoader().getResource(Lexicon.DEFAULT_LOCATION));
  }
}
