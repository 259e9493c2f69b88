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
 * @param localQuantityFactor the similarity is multiplied by this for each quantity of the item's own
 *     (a figure counting a thing the parent item counts nothing of, at most two): a local quantity that
 *     changes what is done ("vận động 4.200 người dân", "03 hội nghị"); a changed figure is not one
 * @param lexicon the file of the check's words (UTF-8, see {@link Lexicon}), e.g.
 *     {@code file:/etc/rollout/lexicon.txt}
 */
@Validated
@ConfigurationProperties("rollout.programme-check")
public record ProgrammeCheckProperties(
    @DecimalMin("0.0") @DecimalMax("1.0") double copyThreshold,
    @DecimalMin("0.0") @DecimalMax("1.0") double returnedCopyShare,
    @DecimalMin("0.0") @DecimalMax("1.0") double localQuantityFactor,
    @NotNull Resource lexicon) {

  /** The values of {@code application.yaml}, for a check made without Spring. */
  public static ProgrammeCheckProperties defaults() {
    return new ProgrammeCheckProperties(0.7, 0.5, 0.8, new DefaultResourceLoader().getResource(Lexicon.DEFAULT_LOCATION));
  }
}
