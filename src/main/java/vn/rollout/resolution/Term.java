package vn.rollout.resolution;

import java.time.LocalDate;

/**
 * A committee's term (nhiệm kỳ): every deadline of its programme must fall inside it. A bound that is
 * not known ({@code null}) is not checked.
 */
public record Term(LocalDate from, LocalDate to) {

  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
