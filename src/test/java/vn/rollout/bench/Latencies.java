package vn.rollout.bench;

import java.util.Arrays;

/** Percentiles of measured durations, in milliseconds. */
final class Latencies {

  private final double[] millis;

  private Latencies(double[] millis) {
    this.millis = millis;
    Arrays.sort(this.millis);
  }

  static Latencies measure(int warmUp, int runs, Runnable action) {
    for (int i = 0; i < warmUp; i++) {
      action.run();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      action.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return new Latencies(millis);
  }

  double percentile(double p) {
    int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
    return millis[Math.max(0, Math.min(index, millis.length - 1))];
  }
}
