package vn.rollout.programme.quality;

import java.time.LocalDate;

/** A committee's term (nhiệm kỳ): every deadline of its programme must fall inside it. */
public record Term(LocalDate from, LocalDate to) {

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
