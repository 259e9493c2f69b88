package vn.rollout.programme.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the items of a programme that copy an item of the superior's programme.
 *
 * <h2>Normalisation: what a reader ignores</h2>
 * Both items are read as {@link VietnameseText} does (NFC, lower case, diacritics removed, figures in
 * one form: {@code 1.250} = {@code 1250}, {@code 03} = {@code 3}). Then the lexicon's level words
 * ({@code thành phố, tỉnh, phường, xã, huyện, Thành ủy, Đảng ủy, chi bộ…}) are dropped together with
 * the place name or number right after them ({@code phường Hải Châu}, {@code phường 5}), and so are
 * its filler words ({@code trên địa bàn, của, các…}). What is left are the item's words.
 *
 * <h2>The measure</h2>
 * For the content of the two items: <b>0.5 × word similarity + 0.5 × character similarity</b>, where
 * word similarity is the Dice coefficient of the sets of words and word pairs (unigrams and bigrams),
 * which ignores reordering of phrases, and character similarity is the Dice coefficient of the sets of
 * character trigrams of the normalised text, which tolerates light rewording and typing slips. The
 * outputs are compared the same way and can only add evidence: similarity = max(content,
 * 0.75 × content + 0.25 × output). Finally every <em>specific</em> token that the item names and the
 * parent item does not multiplies the similarity by {@link ProgrammeCheckProperties#specificTokenFactor()}
 * (0.5): each figure (of content, output or target) that the parent item lacks, and each proper name of
 * the item's own (a capitalised run of words inside a sentence, such as {@code Bình Hiên}, with a word
 * found nowhere in the parent programme). An item with its own numbers, places and units is the
 * committee's own, even on the parent's topic.
 *
 * <p>Each item is matched to the parent item most similar by this measure; it is a copy when that
 * similarity reaches {@link ProgrammeCheckProperties#copyThreshold()} (0.6).
 *
 * <h2>Speed</h2>
 * The parent programme is read once per check into inverted indexes of its word and trigram features;
 * each item then counts its shared features with every parent item in one pass over its own features'
 * postings, instead of comparing pair by pair.
 */
final class CopyDetection {

  static final double WORD_WEIGHT = 0.5;
  static final double OUTPUT_WEIGHT = 0.25;

  /** The parent item an item copies, and how alike the two are (0 to 1). */
  record Match(int parentItem, double similarity) {}

  private final Lexicon.Phrases levels;
  private final Lexicon.Phrases fillers;
  private final double threshold;
  private final double specificFactor;

  CopyDetection(Lexicon lexicon, double threshold, double specificFactor) {
    this.levels = lexicon.get(Lexicon.Section.LEVEL);
    this.fillers = lexicon.get(Lexicon.Section.FILLER);
    this.threshold = threshold;
    this.specificFactor = specificFactor;
  }

  /** For every item, the parent item it copies, or {@code null}. */
  Match[] copies(List<ProgrammeItem> items, List<ProgrammeItem> parentItems) {
    Match[] matches = new Match[items.size()];
    if (parentItems.isEmpty()) {
      return matches;
    }
    Run run = new Run(parentItems);
    for (int i = 0; i < items.size(); i++) {
      matches[i] = run.bestMatch(items.get(i));
    }
    return matches;
  }

  /** Similarity of one item to one parent item by the measure above, for tests and tuning. */
  double similarity(ProgrammeItem item, ProgrammeItem parentItem) {
    Run run = new Run(List.of(parentItem));
    Profile profile = run.profile(item);
    return profile.isEmpty() ? 0 : run.similarities(profile)[0];
  }

  /** One check: the parent programme indexed, and the dictionary of words seen so far. */
  private final class Run {

    private final Map<String, Integer> words = new HashMap<>();
    private final Profile[] parents;
    private final Index contentWords = new Index();
    private final Index contentChars = new Index();
    private final Index outputWords = new Index();
    private final Index outputChars = new Index();
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> foldedVocabulary = new HashSet<>();

    Run(List<ProgrammeItem> parentItems) {
      parents = new Profile[parentItems.size()];
      for (ProgrammeItem parent : parentItems) {
        if (parent != null) {
          addToVocabulary(parent);
        }
      }
      for (int p = 0; p < parents.length; p++) {
        ProgrammeItem parent = parentItems.get(p);
        parents[p] = parent == null ? Profile.EMPTY : profile(parent);
        contentWords.add(p, parents[p].content.words);
        contentChars.add(p, parents[p].content.chars);
        outputWords.add(p, parents[p].output.words);
        outputChars.add(p, parents[p].output.chars);
      }
    }

    private void addToVocabulary(ProgrammeItem parent) {
      List<String> texts = new ArrayList<>(List.of(
          nonNull(parent.content()), nonNull(parent.output()), nonNull(parent.target()), nonNull(parent.lead()),
          nonNull(parent.manpower())));
      texts.addAll(parent.coordinators());
      for (String text : texts) {
        for (VietnameseText.Token token : VietnameseText.tokens(text).list()) {
          vocabulary.add(token.lower());
          foldedVocabulary.add(token.folded());
        }
      }
    }

    Match bestMatch(ProgrammeItem item) {
      Profile profile = item == null ? Profile.EMPTY : profile(item);
      if (profile.isEmpty()) {
        return null;
      }
      double[] similarities = similarities(profile);
      Match best = null;
      for (int p = 0; p < parents.length; p++) {
        if (similarities[p] >= threshold && (best == null || similarities[p] > best.similarity())) {
          best = new Match(p, similarities[p]);
        }
      }
      return best;
    }

    double[] similarities(Profile item) {
      int[] sharedContentWords = contentWords.shared(item.content.words, parents.length);
      int[] sharedContentChars = contentChars.shared(item.content.chars, parents.length);
      int[] sharedOutputWords = outputWords.shared(item.output.words, parents.length);
      int[] sharedOutputChars = outputChars.shared(item.output.chars, parents.length);
      double[] similarities = new double[parents.length];
      for (int p = 0; p < parents.length; p++) {
        Profile parent = parents[p];
        if (parent.isEmpty()) {
          continue;
        }
        double content = blend(
            dice(sharedContentWords[p], item.content.words.length, parent.content.words.length),
            dice(sharedContentChars[p], item.content.chars.length, parent.content.chars.length));
        double similarity = content;
        if (item.output.words.length > 0 && parent.output.words.length > 0) {
          double output = blend(
              dice(sharedOutputWords[p], item.output.words.length, parent.output.words.length),
              dice(sharedOutputChars[p], item.output.chars.length, parent.output.chars.length));
          similarity = Math.max(content, (1 - OUTPUT_WEIGHT) * content + OUTPUT_WEIGHT * output);
        }
        similarities[p] = similarity * Math.pow(specificFactor, specificTokens(item, parent));
      }
      return similarities;
    }

    /** The figures the item has and the parent item lacks, and the item's own names. */
    private int specificTokens(Profile item, Profile parent) {
      int count = item.ownNames;
      for (String number : item.numbers) {
        if (!parent.numbers.contains(number)) {
          count++;
        }
      }
      return count;
    }

    Profile profile(ProgrammeItem item) {
      Field content = field(item.content());
      Field output = field(item.output());
      Set<String> numbers = new HashSet<>(content.numbers);
      numbers.addAll(output.numbers);
      Field target = field(item.target());
      numbers.addAll(target.numbers);
      int ownNames = 0;
      for (Field field : List.of(content, output, target)) {
        for (String[] name : field.names) {
          Set<String> known = field.accented ? vocabulary : foldedVocabulary;
          if (!Arrays.stream(name).allMatch(known::contains)) {
            ownNames++;
          }
        }
      }
      return new Profile(content, output, numbers, ownNames);
    }

    private Field field(String text) {
      VietnameseText.Tokens tokens = VietnameseText.tokens(text);
      List<String> kept = new ArrayList<>();
      Set<String> numbers = new HashSet<>();
      List<String[]> names = new ArrayList<>();
      List<String> name = new ArrayList<>();
      boolean readNames = !titleCaseThroughout(tokens);
      int i = 0;
      while (i < tokens.size()) {
        int level = levels.matchAt(tokens, i);
        if (level > 0) {
          i = afterPlaceName(tokens, i + level);
          flush(name, names);
          continue;
        }
        int filler = fillers.matchAt(tokens, i);
        if (filler > 0) {
          i += filler;
          flush(name, names);
          continue;
        }
        VietnameseText.Token token = tokens.get(i);
        kept.add(token.folded());
        if (token.number()) {
          numbers.add(token.lower());
        }
        if (readNames && token.name()) {
          if (token.afterPunctuation()) {
            flush(name, names);
          }
          name.add(tokens.form(i));
        } else {
          flush(name, names);
        }
        i++;
      }
      flush(name, names);
      return new Field(wordFeatures(kept), charFeatures(kept), numbers, names, tokens.accented());
    }

    private long[] wordFeatures(List<String> kept) {
      long[] features = new long[Math.max(0, 2 * kept.size() - 1)];
      int previous = -1;
      for (int k = 0; k < kept.size(); k++) {
        int id = words.computeIfAbsent(kept.get(k), w -> words.size());
        features[2 * k] = id;
        if (k > 0) {
          features[2 * k - 1] = ((long) (previous + 1) << 32) | id;
        }
        previous = id;
      }
      return distinctSorted(features);
    }
  }

  /** The place named right after a level word: a number, or capitalised words. */
  private static int afterPlaceName(VietnameseText.Tokens tokens, int start) {
    int i = start;
    if (i < tokens.size() && tokens.get(i).number() && !tokens.get(i).afterPunctuation()) {
      return i + 1;
    }
    while (i < tokens.size() && tokens.get(i).name() && !tokens.get(i).afterPunctuation()) {
      i++;
    }
    return i;
  }

  /** Text Written Like A Title has no names to tell apart. */
  private static boolean titleCaseThroughout(VietnameseText.Tokens tokens) {
    int words = 0;
    int titleCase = 0;
    for (VietnameseText.Token token : tokens.list()) {
      if (!token.number() && !token.clauseStart()) {
        words++;
        if (token.titleCase()) {
          titleCase++;
        }
      }
    }
    return words >= 3 && titleCase * 5 > words * 3;
  }

  private static void flush(List<String> name, List<String[]> names) {
    if (!name.isEmpty()) {
      names.add(name.toArray(String[]::new));
      name.clear();
    }
  }

  private static long[] charFeatures(List<String> kept) {
    if (kept.isEmpty()) {
      return new long[0];
    }
    String text = " " + String.join(" ", kept) + " ";
    long[] features = new long[text.length() - 2];
    for (int c = 0; c + 2 < text.length(); c++) {
      features[c] = ((long) text.charAt(c) << 32) | ((long) text.charAt(c + 1) << 16) | text.charAt(c + 2);
    }
    return distinctSorted(features);
  }

  private static long[] distinctSorted(long[] features) {
    Arrays.sort(features);
    int distinct = 0;
    for (int k = 0; k < features.length; k++) {
      if (k == 0 || features[k] != features[k - 1]) {
        features[distinct++] = features[k];
      }
    }
    return Arrays.copyOf(features, distinct);
  }

  private static double blend(double words, double chars) {
    return WORD_WEIGHT * words + (1 - WORD_WEIGHT) * chars;
  }

  private static double dice(int shared, int size, int otherSize) {
    return size + otherSize == 0 ? 0 : 2.0 * shared / (size + otherSize);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /** One field of an item as compared: its word and trigram features, figures and proper names. */
  private record Field(long[] words, long[] chars, Set<String> numbers, List<String[]> names, boolean accented) {

    static final Field EMPTY = new Field(new long[0], new long[0], Set.of(), List.of(), false);
  }

  private record Profile(Field content, Field output, Set<String> numbers, int ownNames) {

    static final Profile EMPTY = new Profile(Field.EMPTY, Field.EMPTY, Set.of(), 0);

    boolean isEmpty() {
      return content.words.length == 0;
    }
  }

  /** Which parent items have a feature: feature → parent item indexes, in order. */
  private static final class Index {

    private final Map<Long, Postings> postings = new HashMap<>();

    void add(int parent, long[] features) {
      for (long feature : features) {
        postings.computeIfAbsent(feature, f -> new Postings()).add(parent);
      }
    }

    /** For every parent item, how many of these features it has. */
    int[] shared(long[] features, int parents) {
      int[] shared = new int[parents];
      for (long feature : features) {
        Postings list = postings.get(feature);
        if (list != null) {
          for (int k = 0; k < list.size; k++) {
            shared[list.parents[k]]++;
          }
        }
      }
      return shared;
    }
  }

  private static final class Postings {

    private int[] parents = new int[4];
    private int size;

    void add(int parent) {
      if (size == parents.length) {
        parents = Arrays.copyOf(parents, size * 2);
      }
      parents[size++] = parent;
    }
  }
}
