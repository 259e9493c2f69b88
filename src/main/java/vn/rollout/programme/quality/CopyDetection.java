package vn.rollout.programme.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the items of a programme that copy an item of the superior's programme: the parent item's
 * wording with only what any copier can add.
 *
 * <h2>Normalisation: what a copier can add without doing anything of its own</h2>
 * Both items are read as {@link VietnameseText} does (NFC, lower case, diacritics removed). Then what
 * a copier adds or swaps is dropped from both, with the lexicon's words:
 * <ul>
 *   <li>level words ({@code thành phố, phường, Thành ủy, Đảng ủy, chi bộ…}) with the place name or
 *       number right after them ({@code phường Hải Châu}, {@code phường 5});
 *   <li>the committee's own places and names: a kind of place followed by a name the parent programme
 *       does not have ({@code khu dân cư Bình Hiên}, {@code tổ dân phố 12}), any capitalised run inside
 *       a sentence with a word found nowhere in the parent programme ({@code Nam Dương},
 *       {@code Trường THCS Nguyễn Huệ}), and organisations the parent programme does not name
 *       ({@code Hội Liên hiệp Phụ nữ});
 *   <li>time phrases and the figures after them ({@code trong năm 2026}, {@code giai đoạn 2026 – 2030},
 *       {@code trước ngày 31/12/2029}, {@code hằng năm});
 *   <li>every figure, written in digits or in words: a changed figure ({@code 100%} → {@code 95%},
 *       {@code 2030} → {@code 2029}) or one added does not change what is done;
 *   <li>filler words ({@code trên địa bàn, của, các…}).
 * </ul>
 * What is left are the words that say what is done, to what, and with what product. An item with a
 * different activity, a different object or a product of its own keeps words the parent item lacks.
 *
 * <h2>The measure</h2>
 * For the content of the two items: <b>0.5 × word similarity + 0.5 × character similarity</b>, where
 * word similarity is the Dice coefficient of the sets of words and word pairs (unigrams and bigrams),
 * which ignores reordering of phrases, and character similarity is the Dice coefficient of the sets of
 * character trigrams of the normalised text, which tolerates light rewording and typing slips. The
 * outputs are compared the same way and can only add evidence: similarity = max(content,
 * 0.75 × content + 0.25 × output). Only the first hundred words of a field are compared.
 *
 * <p>A figure can still make an item its own when it changes what is done: each quantity of a thing
 * the parent item counts nothing of ("vận động 4.200 người dân" where the parent wants a share of the
 * people insured; "03 hội nghị") multiplies the similarity by
 * {@link ProgrammeCheckProperties#localQuantityFactor()}, twice at most. A changed figure counts the
 * same thing as the parent's (the words after the parent's figures), and a count of places or levels
 * ("12 tổ dân phố", "42 chi bộ") is a decoration, so neither does.
 *
 * <p>Each item is matched to the parent item most similar by this measure; it is a copy when that
 * similarity reaches {@link ProgrammeCheckProperties#copyThreshold()}.
 *
 * <h2>Speed</h2>
 * The parent programme is read once per check into inverted indexes of its word and trigram features;
 * each item then counts its shared features with every parent item in one pass over its own features'
 * postings, instead of comparing pair by pair.
 */
final class CopyDetection {

  static final double WORD_WEIGHT = 0.5;
  static final double OUTPUT_WEIGHT = 0.25;
  /**
   * Words of a field compared, from its start (read up to three times as many words for them, past what
   * is dropped): a copy shows in its first hundred words (a real item has fewer), and a field of 2,000
   * characters costs no more than one of 500.
   */
  static final int COMPARED_WORDS = 100;
  /** Decorations kept to name in a message (it names five at most). */
  static final int ADDITIONS = 10;
  /** How many words after a parent item's figure are taken as what it counts ("100% cán bộ, đảng viên"). */
  static final int COUNTED_WORDS = 4;
  /** Words after a figure that make it a value, not a count: "tăng 30% so với", "từ 88% lên 95%". */
  static final Set<String> VALUE_WORDS = Set.of("so", "len", "xuong", "tro", "con", "tren", "duoi", "toi", "den", "tu", "voi", "la", "moi");

  /**
   * The parent item an item copies, how alike the two are (0 to 1), and what the item adds to the
   * parent item's wording: its own names, places, years and figures, as the office wrote them.
   */
  record Match(int parentItem, double similarity, List<String> additions) {}

  private final Lexicon.Phrases levels;
  private final Lexicon.Phrases places;
  private final Lexicon.Phrases organisations;
  private final Lexicon.Phrases times;
  private final Lexicon.Phrases counts;
  private final Lexicon.Phrases fillers;
  private final Lexicon.Phrases notCounted;
  private final double threshold;
  private final double quantityFactor;

  CopyDetection(Lexicon lexicon, double threshold, double quantityFactor) {
    this.levels = lexicon.get(Lexicon.Section.LEVEL);
    this.places = lexicon.get(Lexicon.Section.PLACE);
    this.organisations = lexicon.get(Lexicon.Section.ORGANISATION);
    this.times = lexicon.get(Lexicon.Section.TIME);
    this.counts = lexicon.get(Lexicon.Section.COUNT);
    this.fillers = lexicon.get(Lexicon.Section.FILLER);
    this.notCounted = lexicon.get(Lexicon.Section.NOT_COUNTED);
    this.threshold = threshold;
    this.quantityFactor = quantityFactor;
  }

  /** For every item, the parent item it copies, or {@code null}; an item or a parent item may be {@code null}. */
  Match[] copies(List<ProgrammeItem> items, List<ProgrammeItem> parentItems) {
    return copiesRead(read(items), read(parentItems));
  }

  /** {@link #copies} of items already read. */
  Match[] copiesRead(List<ReadItem> items, List<ReadItem> parentItems) {
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
    Run run = new Run(List.of(ReadItem.of(parentItem)));
    Profile profile = run.profile(ReadItem.of(item));
    return profile.isEmpty() ? 0 : run.similarities(profile)[0];
  }

  private static List<ReadItem> read(List<ProgrammeItem> items) {
    return items.stream().map(item -> item == null ? null : ReadItem.of(item)).toList();
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
    /** The organisations the parent programme names, as their lexicon entries' folded words. */
    private final Set<String> parentOrganisations = new HashSet<>();

    /** The parent items, for what an item adds to the one it copies. */
    private final List<ReadItem> parentItems;

    Run(List<ReadItem> parentItems) {
      this.parentItems = parentItems;
      parents = new Profile[parentItems.size()];
      for (ReadItem parent : parentItems) {
        if (parent != null) {
          addToVocabulary(parent.content());
          addToVocabulary(parent.output());
          addToVocabulary(parent.target());
        }
      }
      for (int p = 0; p < parents.length; p++) {
        ReadItem parent = parentItems.get(p);
        parents[p] = parent == null ? Profile.EMPTY : profile(parent);
        contentWords.add(p, parents[p].content.words);
        contentChars.add(p, parents[p].content.chars);
        outputWords.add(p, parents[p].output.words);
        outputChars.add(p, parents[p].output.chars);
      }
    }

    private void addToVocabulary(VietnameseText.Tokens tokens) {
      for (int i = 0; i < tokens.size(); i++) {
        VietnameseText.Token token = tokens.get(i);
        vocabulary.add(token.lower());
        foldedVocabulary.add(token.folded());
        int organisation = organisations.matchAt(tokens, i);
        if (organisation > 0) {
          parentOrganisations.add(folded(tokens, i, organisation));
        }
      }
    }

    Match bestMatch(ReadItem item) {
      Profile profile = item == null ? Profile.EMPTY : profile(item);
      if (profile.isEmpty()) {
        return null;
      }
      double[] similarities = similarities(profile);
      int best = -1;
      for (int p = 0; p < parents.length; p++) {
        if (similarities[p] >= threshold && (best < 0 || similarities[p] > similarities[best])) {
          best = p;
        }
      }
      return best < 0 ? null : new Match(best, similarities[best], additions(profile, parentItems.get(best).content()));
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
        int quantities = 0;
        for (String noun : item.content.quantities) {
          if (!parent.counted.contains(noun)) {
            quantities++;
          }
        }
        similarities[p] = similarity * Math.pow(quantityFactor, Math.min(quantities, 2));
      }
      return similarities;
    }

    Profile profile(ReadItem item) {
      Field content = field(item.content());
      Field output = field(item.output());
      Set<String> counted = new HashSet<>(content.counted);
      counted.addAll(output.counted);
      counted.addAll(field(item.target()).counted);
      return new Profile(content, output, counted);
    }

    private Field field(VietnameseText.Tokens tokens) {
      List<String> kept = new ArrayList<>();
      List<String> additions = new ArrayList<>();
      boolean readNames = !titleCaseThroughout(tokens);
      Set<String> quantities = new HashSet<>();
      Set<String> counted = new HashSet<>();
      int i = 0;
      int end = Math.min(tokens.size(), COMPARED_WORDS * 3);
      while (i < end && kept.size() < COMPARED_WORDS) {
        int decoration = decorationEnd(tokens, i, readNames);
        if (decoration > i && figureEnd(tokens, i) == decoration) {
          quantity(tokens, decoration, quantities, counted);
        }
        if (decoration > i) {
          if (levels.matchAt(tokens, i) != decoration - i && additions.size() < ADDITIONS) {
            additions.add(tokens.span(i, decoration - 1));
          }
          i = decoration;
          continue;
        }
        int filler = fillers.matchAt(tokens, i);
        if (filler > 0) {
          i += filler;
          continue;
        }
        if (readNames && tokens.get(i).name()) {
          int nameEnd = nameEnd(tokens, i);
          if (ownName(tokens, i, nameEnd)) {
            if (additions.size() < ADDITIONS) {
              additions.add(tokens.span(i, nameEnd - 1));
            }
            i = nameEnd;
            continue;
          }
          for (; i < nameEnd; i++) {
            kept.add(tokens.get(i).folded());
          }
          continue;
        }
        kept.add(tokens.get(i).folded());
        i++;
      }
      return new Field(wordFeatures(kept), charFeatures(kept), additions, quantities.toArray(String[]::new), counted);
    }

    /**
     * What the figure that ends at {@code next} counts: the noun right after it, if it is a thing of the
     * item's own (not a level, a kind of place, a time, a filler or a word after which a figure counts
     * nothing), goes to {@code quantities}; the words right after it go to {@code counted}.
     */
    private void quantity(VietnameseText.Tokens tokens, int next, Set<String> quantities, Set<String> counted) {
      for (int k = next; k < Math.min(tokens.size(), next + COUNTED_WORDS); k++) {
        counted.add(tokens.get(k).folded());
      }
      if (next >= tokens.size() || tokens.get(next).number() || tokens.get(next).afterPunctuation()) {
        return;
      }
      String noun = tokens.get(next).folded();
      if (VALUE_WORDS.contains(noun) || levels.matchAt(tokens, next) > 0 || places.matchAt(tokens, next) > 0
          || times.matchAt(tokens, next) > 0 || fillers.matchAt(tokens, next) > 0 || notCounted.matchAt(tokens, next) > 0) {
        return;
      }
      quantities.add(noun);
    }

    /**
     * Where the decoration that starts at token {@code i} ends (exclusive), or {@code i} if none does: a
     * level word with the place after it, a kind of place with the committee's own name or number, an
     * organisation the parent programme does not name, a time phrase, a figure.
     */
    private int decorationEnd(VietnameseText.Tokens tokens, int i, boolean readNames) {
      int length = levels.matchAt(tokens, i);
      if (length > 0) {
        return afterPlaceName(tokens, i + length);
      }
      length = places.matchAt(tokens, i);
      if (length > 0 && readNames) {
        int end = i + length;
        if (end < tokens.size() && !tokens.get(end).afterPunctuation()
            && (tokens.get(end).number() || tokens.get(end).name() && ownName(tokens, end, nameEnd(tokens, end)))) {
          return afterPlaceName(tokens, end);
        }
      }
      length = organisations.matchAt(tokens, i);
      if (length > 0 && !parentOrganisations.contains(folded(tokens, i, length))) {
        return readNames ? afterPlaceName(tokens, i + length) : i + length;
      }
      int end = afterTime(tokens, i);
      return end > i ? end : figureEnd(tokens, i);
    }

    /** The end of the figure that starts at {@code i}, in digits or in words ("một nghìn hai trăm"), or {@code i}. */
    private int figureEnd(VietnameseText.Tokens tokens, int i) {
      if (tokens.get(i).number()) {
        return afterFigures(tokens, i);
      }
      int length = tokens.accented() ? counts.matchAt(tokens, i) : 0;
      if (length == 0) {
        return i;
      }
      int end = i + length;
      while (end < tokens.size() && counts.matchAt(tokens, end) > 0) {
        end += counts.matchAt(tokens, end);
      }
      // "tỷ lệ", "một số", "một cửa": words, not figures
      return end < tokens.size() && notCounted.matchAt(tokens, end) > 0 ? i : end;
    }

    /**
     * The end of the time phrases that start at {@code i} with their figures ("hoàn thành trước ngày
     * 31/12/2029", "trong quý I/2026"), or {@code i}: a single word (năm, quý, trước…) only before a figure.
     */
    private int afterTime(VietnameseText.Tokens tokens, int i) {
      int end = i;
      while (end < tokens.size()) {
        int length = times.matchAt(tokens, end);
        int next = length == 0 ? end : VietnameseText.timeFiguresEnd(tokens, end + length, dayMonthOrQuarter(tokens, end, length));
        if (length == 0 || length == 1 && next == end + 1) {
          return end;
        }
        end = next;
      }
      return end;
    }

    /** A capitalised run with a word found nowhere in the parent programme: the committee's own name. */
    private boolean ownName(VietnameseText.Tokens tokens, int from, int to) {
      Set<String> known = tokens.accented() ? vocabulary : foldedVocabulary;
      for (int k = from; k < to; k++) {
        if (!known.contains(tokens.accented() ? tokens.get(k).lower() : tokens.get(k).folded())) {
          return true;
        }
      }
      return false;
    }

    private List<String> additions(Profile item, VietnameseText.Tokens parent) {
      String parentText = " " + String.join(" ", parent.list().stream().map(VietnameseText.Token::folded).toList()) + " ";
      List<String> added = new ArrayList<>();
      for (String addition : item.content.additions) {
        String folded = " " + String.join(" ", VietnameseText.tokens(addition).list().stream()
            .map(VietnameseText.Token::folded).toList()) + " ";
        if (!parentText.contains(folded) && !added.contains(addition)) {
          added.add(addition);
        }
      }
      return List.copyOf(added);
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

  /** The place named right after a level word or a kind of place: a number, or capitalised words. */
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

  /** The figures (and the Roman numerals of a quarter or a congress) from {@code start} on, if any. */
  private static int afterFigures(VietnameseText.Tokens tokens, int start) {
    int i = start;
    while (i < tokens.size() && (tokens.get(i).number() || VietnameseText.romanNumeral(tokens.get(i)))) {
      i++;
    }
    return i;
  }

  /** A time phrase of a day, a month or a quarter ("trước ngày", "tháng", "quý"), whose small figures are a date. */
  static boolean dayMonthOrQuarter(VietnameseText.Tokens tokens, int start, int length) {
    for (int k = start; k < start + length; k++) {
      String word = tokens.get(k).folded();
      if (word.equals("ngay") || word.equals("thang") || word.equals("quy")) {
        return true;
      }
    }
    return false;
  }

  /** The end (exclusive) of the capitalised run that starts at {@code start}. */
  private static int nameEnd(VietnameseText.Tokens tokens, int start) {
    int i = start + 1;
    while (i < tokens.size() && tokens.get(i).name() && !tokens.get(i).afterPunctuation()) {
      i++;
    }
    return i;
  }

  private static String folded(VietnameseText.Tokens tokens, int start, int length) {
    StringBuilder text = new StringBuilder();
    for (int k = start; k < start + length; k++) {
      text.append(k > start ? " " : "").append(tokens.get(k).folded());
    }
    return text.toString();
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

  /**
   * Sorted, without repeats, and each scrambled by a one-to-one mix (the finaliser of MurmurHash3): the
   * raw features (a word pair's two ids, a trigram's three characters) share their low bits, and as keys
   * of a hash map they would fall into a few buckets.
   */
  private static long[] distinctSorted(long[] features) {
    for (int k = 0; k < features.length; k++) {
      long x = features[k];
      x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
      x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
      features[k] = x ^ (x >>> 33);
    }
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

  /**
   * One field of an item as compared: its word and trigram features, the decorations dropped, the nouns
   * its figures count, and the words that follow its figures.
   */
  private record Field(long[] words, long[] chars, List<String> additions, String[] quantities, Set<String> counted) {

    static final Field EMPTY = new Field(new long[0], new long[0], List.of(), new String[0], Set.of());
  }

  /** An item as compared; {@code counted}: the words after the figures of its content, output and target. */
  private record Profile(Field content, Field output, Set<String> counted) {

    static final Profile EMPTY = new Profile(Field.EMPTY, Field.EMPTY, Set.of());

    boolean isEmpty() {
      return content.words.length == 0;
    }
  }

  /**
   * Which parent items have a feature: feature → parent item indexes, in order. An open-addressing table
   * of the (already scrambled) features, so that a lookup allocates nothing.
   */
  private static final class Index {

    private long[] keys = new long[256];
    private int[] slots = filled(256);
    private final List<Postings> postings = new ArrayList<>();

    void add(int parent, long[] features) {
      for (long feature : features) {
        int at = position(feature);
        if (slots[at] < 0) {
          keys[at] = feature;
          slots[at] = postings.size();
          postings.add(new Postings());
          if (postings.size() * 2 > keys.length) {
            grow();
          }
        }
        postings.get(slots[position(feature)]).add(parent);
      }
    }

    /** For every parent item, how many of these features it has. */
    int[] shared(long[] features, int parents) {
      int[] shared = new int[parents];
      for (long feature : features) {
        int slot = slots[position(feature)];
        if (slot >= 0) {
          Postings list = postings.get(slot);
          for (int k = 0; k < list.size; k++) {
            shared[list.parents[k]]++;
          }
        }
      }
      return shared;
    }

    /** Where the feature is, or the free place where it would go. */
    private int position(long feature) {
      int mask = keys.length - 1;
      int at = (int) (feature ^ (feature >>> 32)) & mask;
      while (slots[at] >= 0 && keys[at] != feature) {
        at = (at + 1) & mask;
      }
      return at;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new long[oldKeys.length * 2];
      slots = filled(oldKeys.length * 2);
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldSlots[k] >= 0) {
          int at = position(oldKeys[k]);
          keys[at] = oldKeys[k];
          slots[at] = oldSlots[k];
        }
      }
    }

    private static int[] filled(int length) {
      int[] slots = new int[length];
      Arrays.fill(slots, -1);
      return slots;
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
