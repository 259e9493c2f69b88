package vn.rollout.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Percentiles of measured durations, in milliseconds. */
final class Latencies {

  private final double[] millis;
  /** Of {@link #millis}, those during which the JVM made no garbage collection; null when not recorded. */
  private final Latencies withoutCollection;

  private Latencies(double[] millis) {
    this(millis, null);
  }

  private Latencies(double[] millis, double[] withoutCollection) {
    this.millis = millis;
    Arrays.sort(this.millis);
    this.withoutCollection = withoutCollection == null ? null : new Latencies(withoutCollection);
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

  /**
   * Two actions measured in turns, {@code runs} times each after {@code warmUp} rounds, the order swapped
   * every round: a shared machine's load falls on both alike. Answers their latencies in the given order.
   */
  static Latencies[] inTurns(int warmUp, int runs, Runnable first, Runnable second) {
    for (int i = 0; i < warmUp; i++) {
      first.run();
      second.run();
    }
    double[][] millis = new double[2][runs];
    Runnable[] actions = {first, second};
    for (int i = 0; i < runs; i++) {
      for (int turn = 0; turn < 2; turn++) {
        int which = (i + turn) % 2;
        long start = System.nanoTime();
        actions[which].run();
        millis[which][i] = (System.nanoTime() - start) / 1e6;
      }
    }
    return new Latencies[] {new Latencies(millis[0]), new Latencies(millis[1])};
  }

  /**
   * Each action in turn, again and again with {@code pause} between two, until {@code done} (checked
   * before every round): what an official's clicks meet while something else runs. Answers their
   * latencies in the given order; a round begun before {@code done} is finished. Each also knows which of
   * its requests met a garbage collection of this JVM (the application's, which the benchmark runs in).
   */
  static Latencies[] whileRunning(BooleanSupplier done, long pauseMillis, List<Runnable> actions) {
    List<List<Double>> millis = new ArrayList<>();
    List<List<Double>> withoutCollection = new ArrayList<>();
    actions.forEach(action -> {
      millis.add(new ArrayList<>());
      withoutCollection.add(new ArrayList<>());
    });
    while (!done.getAsBoolean()) {
      for (int i = 0; i < actions.size(); i++) {
        long collections = collections();
        long start = System.nanoTime();
        actions.get(i).run();
        double took = (System.nanoTime() - start) / 1e6;
        millis.get(i).add(took);
        if (collections() == collections) {
          withoutCollection.get(i).add(took);
        }
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    Latencies[] latencies = new Latencies[actions.size()];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = new Latencies(millis.get(i).stream().mapToDouble(Double::doubleValue).toArray(),
          withoutCollection.get(i).stream().mapToDouble(Double::doubleValue).toArray());
    }
    return latencies;
  }

  /** Garbage collections (their pauses) this JVM has made so far, by every collector. */
  private static long collections() {
    long collections = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, collector.getCollectionCount());
    }
    return collections;
  }

  int count() {
    return millis.length;
  }

  /** The measurements during which the JVM made no garbage collection, if {@link #whileRunning} took them. */
  Optional<Latencies> withoutCollection() {
    return Optional.ofNullable(withoutCollection);
  }

  double percentile(double p) {
    int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
    return millis[Math.max(0, Math.min(index, millis.length - 1))];
  }
}
