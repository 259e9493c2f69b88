package vn.rollout.resolution;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.rollout.calendar.CalendarPeriod;
import vn.rollout.calendar.WorkingDays;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;

/**
 * Every level's deadlines of a resolution. The registered dates are those the issuing committee sets
 * for its direct subordinates (level 1); each level further down reports earlier by the resolution's
 * offset per level ({@code rollout.deadlines.level-offset}, {@code P10D}, or working days,
 * {@code P10WD}), so that a committee has its subordinates' reports before it writes its own, and the
 * issuing committee itself (level 0) reports that much later than its subordinates. This holds for the
 * study, the review reports and the review conferences; an action programme goes the other way, down
 * the tree after the superior's: each level further down has that much longer to issue it, the issuing
 * committee that much less. A date that falls on a day that is not a working day moves to the next
 * working day ({@link WorkingDays}). A resolution registered before deadlines cascaded (no offset) keeps
 * its dates, unmoved, at every level.
 */
@Service
public class ResolutionDeadlines {

  private final WorkingDays workingDays;
  private final CommitteeDirectory committees;
  private final CalendarPeriod defaultOffset;

  ResolutionDeadlines(WorkingDays workingDays, CommitteeDirectory committees,
      @Value("${rollout.deadlines.level-offset:P10D}") String defaultOffset) {
    this.workingDays = workingDays;
    this.committees = committees;
    this.defaultOffset = CalendarPeriod.parse(defaultOffset);
  }

  /** The offset a resolution registered now gets when it names none. */
  public CalendarPeriod defaultOffset() {
    return defaultOffset;
  }

  /** The deadlines at a level (0: the issuing committee) of a resolution. */
  public LevelDeadlines at(Resolution resolution, int level) {
    if (resolution.levelOffset() == null) {
      return legacy(resolution, level);
    }
    return at(resolution, CalendarPeriod.parse(resolution.levelOffset()), level);
  }

  /** The deadlines at a level for the registered dates with the offset per level given. */
  LevelDeadlines at(Resolution resolution, CalendarPeriod offset, int level) {
    LocalDate midTermCutoff = upwards(resolution.midTermReportCutoff(), offset, level);
    LocalDate finalCutoff = upwards(resolution.finalReportCutoff(), offset, level);
    return new LevelDeadlines(level,
        upwards(resolution.studyDue(), offset, level),
        workingDays.onOrAfter(offset.shift(resolution.programmeDue(), level - 1, workingDays)),
        Deadlines.reviewOpensOn(midTermCutoff),
        midTermCutoff,
        upwards(resolution.midTermConferenceBy(), offset, level),
        Deadlines.reviewOpensOn(finalCutoff),
        finalCutoff,
        workingDays.onOrAfter(finalCutoff.plusMonths(1)));
  }

  /** The level of a committee in the resolution's tree: 0 for the issuing committee, 1 for its direct subordinates… */
  public int levelOf(Resolution resolution, String committeeCode) {
    int depth = committees.find(committeeCode).map(Committee::depth).orElse(0);
    int issuer = committees.find(resolution.issuingCommittee()).map(Committee::depth).orElse(0);
    return Math.max(0, depth - issuer);
  }

  /** The deadlines of a committee of the resolution's tree. */
  public LevelDeadlines of(Resolution resolution, String committeeCode) {
    return at(resolution, levelOf(resolution, committeeCode));
  }

  private LocalDate upwards(LocalDate registered, CalendarPeriod offset, int level) {
    return workingDays.onOrAfter(offset.shift(registered, 1 - level, workingDays));
  }

  private static LevelDeadlines legacy(Resolution resolution, int level) {
    return new LevelDeadlines(level, resolution.studyDue(), resolution.programmeDue(),
        Deadlines.reviewOpensOn(resolution.midTermReportCutoff()), resolution.midTermReportCutoff(),
        resolution.midTermConferenceBy(), Deadlines.reviewOpensOn(resolution.finalReportCutoff()),
        resolution.finalReportCutoff(), resolution.finalReportCutoff().plusMonths(1));
  }
}
