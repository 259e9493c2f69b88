package vn.rollout.rollout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One batch of the cascade: the direct subordinates whose code {@code c} satisfies
 * {@code from <= c < to} in Java's {@link String} order, where an empty {@code from} has no lower
 * bound and an empty {@code to} no upper bound. The batches of one committee cover every possible
 * code exactly once, so a subordinate added between the cascade's first job and its batch's job is
 * still started exactly once, by the batch its code falls in.
 *
 * <p>A process variable holds it as text, {@code "[from, to)"} (for example {@code "[, phuong-7)"},
 * {@code "[phuong-7, )"}): committee codes are {@code [a-z0-9-]}, so {@code ", "} separates the bounds.
 */
record SubordinateBatch(String from, String to) {

  private static final String SEPARATOR = ", ";

  SubordinateBatch {
    if (from == null || to == null || from.contains(SEPARATOR) || to.contains(SEPARATOR)) {
      throw new IllegalArgumentException("Bounds of a batch of subordinates: " + from + ", " + to);
    }
  }

  /**
   * Splits codes into batches of {@code size} codes each (the last may have fewer), in code order: the
   * first batch has no lower bound, the last no upper bound, and each other bound is the first code
   * of the following batch. No codes, no batches.
   */
  static List<SubordinateBatch> split(Collection<String> codes, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("Batch size of the cascade must be at least 1: " + size);
    }
    List<String> ordered = codes.stream().distinct().sorted().toList();
    List<SubordinateBatch> batches = new ArrayList<>();
    for (int first = 0; first < ordered.size(); first += size) {
      int next = first + size;
      batches.add(new SubordinateBatch(first == 0 ? "" : ordered.get(first), next < ordered.size() ? ordered.get(next) : ""));
    }
    return batches;
  }

  /** Reads the text {@link #toString()} writes. */
  static SubordinateBatch parse(String text) {
    int separator = text == null ? -1 : text.indexOf(SEPARATOR);
    if (separator < 0 || !text.startsWith("[") || !text.endsWith(")")) {
      throw new IllegalArgumentException("Not a batch of subordinates (\"[from, to)\"): " + text);
    }
    return new SubordinateBatch(text.substring(1, separator), text.substring(separator + SEPARATOR.length(), text.length() - 1));
  }

  boolean contains(String code) {
    return code.compareTo(from) >= 0 && (to.isEmpty() || code.compareTo(to) < 0);
  }

  @Override
  public String toString() {
    return "[" + from + SEPARATOR + to + ")";
  }
}
