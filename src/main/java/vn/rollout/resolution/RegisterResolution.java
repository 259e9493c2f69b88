package vn.rollout.resolution;

import java.time.LocalDate;

/**
 * A resolution to register, as {@code POST /api/resolutions} and the registration start form send it.
 * {@code midTermReportCutoff} and {@code midTermConferenceBy} may be left out: they default to 20 April
 * and 10 June of the term's middle year.
 */
public record RegisterResolution(
    String symbol,
    String title,
    String issuingCommittee,
    LocalDate termFrom,
    LocalDate termTo,
    LocalDate studyDue,
    LocalDate programmeDue,
    LocalDate midTermReportCutoff,
    LocalDate midTermConferenceBy,
    LocalDate finalReportCutoff) {}
