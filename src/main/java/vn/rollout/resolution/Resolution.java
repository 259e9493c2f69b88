package vn.rollout.resolution;

import java.time.LocalDate;
import vn.rollout.programme.quality.Term;

/** A registered resolution (nghị quyết) and the deadlines of its rollout, each the end of that day in Vietnam. */
public record Resolution(
    long id,
    String symbol,
    String title,
    String issuingCommittee,
    Term term,
    LocalDate studyDue,
    LocalDate programmeDue,
    LocalDate midTermReportCutoff,
    LocalDate midTermConferenceBy,
    LocalDate finalReportCutoff) {}
