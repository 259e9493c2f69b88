package vn.rollout.dashboard;

import java.util.List;
import vn.rollout.resolution.Term;

/**
 * A page of {@code GET /api/resolutions}: the resolutions the caller may read, newest term first.
 *
 * @param page from 0
 * @param total how many resolutions match the filters, on every page
 */
public record ResolutionPage(int page, int size, long total, List<Entry> resolutions) {

  /**
   * One resolution of the page; {@code GET /api/resolutions/{id}} gives the rest.
   *
   * @param status the issuing committee's rollout phase ({@code STUDY} … {@code COMPLETED}), {@code null} when it has none
   * @param targets how many targets it sets
   */
  public record Entry(long id, String symbol, String title, String issuingCommittee, String issuingCommitteeName,
      Term term, String status, String statusLabel, int targets) {}
}
