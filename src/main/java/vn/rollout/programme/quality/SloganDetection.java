package vn.rollout.programme.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds slogans: items whose output, read together with the target, names nothing that can be counted
 * or checked at the deadline, while the content uses slogan wording ({@code nâng cao, đẩy mạnh, tăng
 * cường…}) or the output itself only restates the task in slogan or state words ({@code được củng cố
 * vững chắc}, {@code thực hiện theo kế hoạch}).
 *
 * <h2>Measurable: what can be counted or checked at the deadline</h2>
 * An output is measurable when it names, in a sentence of its own, at least one of:
 * <ul>
 *   <li>a <b>number of a countable thing</b>, in digits or words ({@code 14 kết luận}, {@code 8,5 km},
 *       {@code một mô hình}, {@code năm chi bộ}), not a number of nothing ({@code một số}, {@code hai
 *       mặt}, {@code 100% kế hoạch}, the lexicon's {@code [not-counted]}) and not a year ({@code năm
 *       2026}, {@code hằng năm}: the lexicon's {@code [time]});
 *   <li>a <b>percentage or value</b> of something checkable ({@code tỷ lệ bao phủ đạt 95%});
 *   <li>a <b>product, event or decision</b> ({@code [product]}: báo cáo, hội nghị, quyết định…), not
 *       one the output merely refers to ({@code theo báo cáo}, {@code được báo cáo}: {@code [reference]});
 *   <li>a <b>document the committee issues</b> ({@code [document]} with {@code [issue]}: "ban hành kế
 *       hoạch", "nghị quyết chuyên đề được thông qua"), not one it follows ("thực hiện theo kế hoạch",
 *       "Nghị quyết được quán triệt");
 *   <li>a <b>date</b> of a day, month or quarter ({@code trước ngày 20/4/2028}, {@code quý II/2026}).
 * </ul>
 * A count or share of people or organisations ({@code [people]}) is voided by a state that cannot be
 * checked ({@code [state]} or slogan words) said of them: "100% đảng viên nâng cao nhận thức", "trên 90%
 * cán bộ, đảng viên có chuyển biến tích cực", "100% chi bộ hoạt động hiệu quả". So is a value whose
 * subject is such a state ("hiệu quả … được nâng lên 100%"), a value of nothing named ("Đạt 100%",
 * "Hoàn thành 100%"), and a date in a sentence of slogan words. People a checkable action is done to
 * keep their count ("kiểm tra 14 chi bộ, bảo đảm hiệu quả"); phrases that only restate the task
 * ({@code [restate]}: theo kế hoạch, được giao) make an output without anything measurable a slogan,
 * but void no figure.
 */
final class SloganDetection {

  /** Why an output is not measurable, for the office's message. */
  enum Reason {
    /** No output at all. */
    NO_OUTPUT,
    /** A figure of people or organisations attached to a state that cannot be checked. */
    FIGURE_OF_A_STATE,
    /** A figure of nothing named: "Đạt 100%". */
    FIGURE_OF_NOTHING,
    /** A document the output follows or refers to, not one the committee makes. */
    REFERENCE,
    /** Only slogan or state words: the output restates the task. */
    RESTATES,
    /** Nothing countable, no product, event, decision or date. */
    NOTHING_COUNTABLE
  }

  /**
   * A slogan.
   *
   * @param wording the slogan words of the content, if any
   * @param vague the slogan and state words of the output and target, if any
   * @param figure for {@link Reason#FIGURE_OF_A_STATE} and {@link Reason#FIGURE_OF_NOTHING}, the figure as the
   *     office wrote it ("100% đảng viên", "100%")
   * @param reference for {@link Reason#REFERENCE}, the document referred to ("kế hoạch")
   */
  record Slogan(List<String> wording, List<String> vague, Reason reason, String figure, String reference) {}

  /** Words around a figure that say nothing of their own: "trên 90%", "đạt 100%", "ít nhất 40". */
  private static final Set<String> QUALIFIERS = Set.of("tren", "duoi", "dat", "it", "nhat", "toi", "thieu", "khoang",
      "hon", "tu", "den", "moi", "tro", "len", "xuong", "so", "voi", "co", "phan", "dau", "bao", "dam", "can", "ca", "va",
      "cac", "nhung", "toan", "the", "hoan", "thanh", "thuc", "hien");

  private final Lexicon.Phrases slogans;
  private final Lexicon.Phrases terms;
  private final Lexicon.Phrases states;
  private final Lexicon.Phrases restatements;
  private final Lexicon.Phrases products;
  private final Lexicon.Phrases documents;
  private final Lexicon.Phrases issues;
  private final Lexicon.Phrases references;
  private final Lexicon.Phrases counts;
  private final Lexicon.Phrases notCounted;
  private final Lexicon.Phrases people;
  private final Lexicon.Phrases times;

  SloganDetection(Lexicon lexicon) {
    this.slogans = lexicon.get(Lexicon.Section.SLOGAN);
    this.terms = lexicon.get(Lexicon.Section.TERM);
    this.states = lexicon.get(Lexicon.Section.STATE);
    this.restatements = lexicon.get(Lexicon.Section.RESTATE);
    this.products = lexicon.get(Lexicon.Section.PRODUCT);
    this.documents = lexicon.get(Lexicon.Section.DOCUMENT);
    this.issues = lexicon.get(Lexicon.Section.ISSUE);
    this.references = lexicon.get(Lexicon.Section.REFERENCE);
    this.counts = lexicon.get(Lexicon.Section.COUNT);
    this.notCounted = lexicon.get(Lexicon.Section.NOT_COUNTED);
    this.people = lexicon.get(Lexicon.Section.PEOPLE);
    this.times = lexicon.get(Lexicon.Section.TIME);
  }

  /** The item as a slogan, or {@code null} if it is not one. */
  Slogan judge(ProgrammeItem item) {
    return judge(ReadItem.of(item));
  }

  /** {@link #judge(ProgrammeItem)} of an item already read. */
  Slogan judge(ReadItem item) {
    List<String> wording = phrases(item.content(), slogans);
    if (blank(item.item().output())) {
      return wording.isEmpty() ? null : new Slogan(wording, List.of(), Reason.NO_OUTPUT, null, null);
    }
    Reading output = read(item.output(), false);
    Reading target = read(item.target(), output.figure() != null || !output.vague().isEmpty());
    if (output.measurable() || target.measurable()) {
      return null;
    }
    Set<String> vague = new LinkedHashSet<>(output.vague());
    vague.addAll(target.vague());
    if (wording.isEmpty() && vague.isEmpty()) {
      return null;
    }
    Reason reason = output.figure() != null ? (output.ofNothing() ? Reason.FIGURE_OF_NOTHING : Reason.FIGURE_OF_A_STATE)
        : target.figure() != null ? (target.ofNothing() ? Reason.FIGURE_OF_NOTHING : Reason.FIGURE_OF_A_STATE)
        : output.reference() != null ? Reason.REFERENCE
        : !vague.isEmpty() ? Reason.RESTATES
        : Reason.NOTHING_COUNTABLE;
    return new Slogan(wording, List.copyOf(vague), reason, output.figure() != null ? output.figure() : target.figure(),
        output.reference());
  }

  /** A few of the lexicon's products, to name in a message. */
  List<String> productExamples() {
    List<String> entries = products.entries();
    return entries.subList(0, Math.min(4, entries.size()));
  }

  /**
   * How an output reads: whether it is measurable; if not, the first figure that measures nothing
   * (voided by a state, or {@code ofNothing}: a figure of nothing named, "Đạt 100%"), the document it
   * merely refers to, and its slogan and state words.
   */
  private record Reading(boolean measurable, String figure, boolean ofNothing, String reference, List<String> vague) {

    static final Reading NONE = new Reading(false, null, false, null, List.of());
    static final Reading MEASURABLE = new Reading(true, null, false, null, List.of());
  }

  /**
   * @param inheritsState the text is a target whose output says something that cannot be checked: a
   *     bare figure in it ("100%", "trên 90%", "100% chi bộ") is that output's figure, not a measure
   */
  private Reading read(VietnameseText.Tokens tokens, boolean inheritsState) {
    return tokens.size() == 0 ? Reading.NONE : new Reader(tokens, inheritsState).read();
  }

  /**
   * One output read once: its parts (sentences, and parts of sentences between commas), where its slogan
   * and state words, time phrases and issuing verbs are, and what each part holds. Every question about
   * a figure is then answered without reading the text again, so a long output costs time in proportion
   * to its length.
   */
  private final class Reader {

    private final VietnameseText.Tokens tokens;
    private final boolean inheritsState;
    private final int n;
    /** For every token, its part of the sentence (between commas) and its sentence. */
    private final int[] segment;
    private final int[] sentence;
    private final boolean[] masked;
    private final boolean[] vague;
    private final boolean[] time;
    private final List<String> vagueWords = new ArrayList<>();
    private boolean dateToCheck;
    /** Per part: its first token, its first and last slogan or state word, its first state word, its last issuing verb. */
    private final int[] segmentStart;
    private final int[] segmentFirstVague;
    private final int[] segmentLastVague;
    private final int[] segmentFirstState;
    private final int[] segmentLastIssue;
    /**
     * How many words before each token say something of their own: not figures, time, qualifiers (trên,
     * đạt, và…) or people ("cán bộ, đảng viên và 90% người dân" is still about people).
     */
    private final int[] ownWordsBefore;
    /** Per sentence: whether it has a slogan or state word, and where its last one is. */
    private final boolean[] sentenceVague;
    private final int[] sentenceLastVague;

    Reader(VietnameseText.Tokens tokens, boolean inheritsState) {
      this.tokens = tokens;
      this.inheritsState = inheritsState;
      this.n = tokens.size();
      segment = new int[n];
      sentence = new int[n];
      String text = tokens.text();
      for (int i = 1; i < n; i++) {
        boolean stop = false;
        boolean comma = false;
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
          char between = text.charAt(c);
          stop |= ".;!?\n\r".indexOf(between) >= 0;
          comma |= between == ',';
        }
        sentence[i] = sentence[i - 1] + (stop ? 1 : 0);
        segment[i] = segment[i - 1] + (stop || comma ? 1 : 0);
      }
      int segments = segment[n - 1] + 1;
      int sentences = sentence[n - 1] + 1;
      masked = new boolean[n];
      vague = new boolean[n];
      time = new boolean[n];
      segmentStart = new int[segments];
      segmentFirstVague = new int[segments];
      segmentLastVague = new int[segments];
      segmentFirstState = new int[segments];
      segmentLastIssue = new int[segments];
      ownWordsBefore = new int[n + 1];
      sentenceVague = new boolean[sentences];
      sentenceLastVague = new int[sentences];
      Arrays.fill(segmentFirstVague, Integer.MAX_VALUE);
      Arrays.fill(segmentLastVague, -1);
      Arrays.fill(segmentFirstState, Integer.MAX_VALUE);
      Arrays.fill(segmentLastIssue, -1);
      Arrays.fill(sentenceLastVague, -1);
      for (int i = n - 1; i >= 0; i--) {
        segmentStart[segment[i]] = i;
      }
      markVagueWords();
      markTime();
      boolean[] person = new boolean[n];
      for (int i = 0; i < n; i++) {
        int length = people.matchAt(tokens, i);
        if (length > 0) {
          Arrays.fill(person, i, i + length, true);
          i += length - 1;
        }
      }
      for (int i = 0; i < n; i++) {
        if (!vague[i] && issues.matchAt(tokens, i) > 0) {
          segmentLastIssue[segment[i]] = i;
        }
        boolean own = !tokens.get(i).number() && !time[i] && !masked[i] && !person[i]
            && !QUALIFIERS.contains(tokens.get(i).folded());
        ownWordsBefore[i + 1] = ownWordsBefore[i] + (own ? 1 : 0);
      }
    }

    private void markVagueWords() {
      for (int i = 0; i < n; i++) {
        int term = terms.matchAt(tokens, i);
        if (term > 0) {
          Arrays.fill(masked, i, i + term, true);
          i += term - 1;
          continue;
        }
        int state = states.matchAt(tokens, i);
        int restates = restatements.matchAt(tokens, i);
        int length = Math.max(Math.max(state, restates), slogans.matchAt(tokens, i));
        if (length > 0) {
          for (int k = i; k < i + length && restates < length; k++) {
            vague[k] = true;
            segmentFirstVague[segment[k]] = Math.min(segmentFirstVague[segment[k]], k);
            segmentLastVague[segment[k]] = k;
            sentenceVague[sentence[k]] = true;
            sentenceLastVague[sentence[k]] = k;
            if (state == length) {
              segmentFirstState[segment[k]] = Math.min(segmentFirstState[segment[k]], k);
            }
          }
          String words = lower(tokens, i, length);
          if (!vagueWords.contains(words)) {
            vagueWords.add(words);
          }
          i += length - 1;
        }
      }
    }

    Reading read() {
      if (dateToCheck) {
        return Reading.MEASURABLE;
      }
      String figure = null;
      boolean ofNothing = false;
      String reference = null;
      for (int i = 0; i < n; i++) {
        if (time[i] || masked[i]) {
          continue;
        }
        int next = i + 1;
        int noun = -1;
        boolean anchor = false;
        boolean voided = false;
        if (tokens.get(i).number()) {
          int group = afterDate(i);
          if (group > i + 1) {
            if (!sentenceVague[sentence[i]]) {
              return Reading.MEASURABLE;
            }
            i = group - 1;
            continue;
          }
          if (year(i)) {
            continue;
          }
          noun = countedNoun(i + 1);
          if (noun == -2) {
            continue;
          }
          anchor = true;
          voided = noun < 0 ? segmentFirstState[segment[i]] < i : stateOfPeople(i, noun);
          // a value says something only of what its part of the sentence names: not "Đạt 100%" alone
          if (!voided && noun < 0 && bare(i)) {
            voided = true;
            ofNothing |= figure == null;
          }
        } else if (tokens.accented() && counts.matchAt(tokens, i) > 0) {
          next = afterCountWords(i);
          boolean ordinal = i > 0 && "thu".equals(tokens.get(i - 1).folded());
          noun = ordinal ? -2 : countedNoun(next);
          if (noun < 0) {
            i = next - 1;
            continue;
          }
          anchor = true;
          voided = stateOfPeople(i, noun);
        } else if (products.matchAt(tokens, i) > 0 || documents.matchAt(tokens, i) > 0) {
          int length = Math.max(products.matchAt(tokens, i), documents.matchAt(tokens, i));
          next = i + length;
          if (!referenced(i) && (products.matchAt(tokens, i) == length || issued(i, length))) {
            return Reading.MEASURABLE;
          }
          reference = reference == null ? lower(tokens, i, length) : reference;
        }
        if (anchor && !voided && inheritsState && (noun < 0 || ofPeople(noun)) && bare(i)) {
          voided = true;
        }
        if (anchor && !voided) {
          return Reading.MEASURABLE;
        }
        if (anchor && figure == null) {
          figure = tokens.span(i, noun < 0 ? i : Math.min(n - 1, nounEnd(noun) - 1));
        }
        i = next - 1;
      }
      return new Reading(false, figure, ofNothing, reference, List.copyOf(vagueWords));
    }

    /**
     * Marks the time phrases with their figures ({@code năm 2026}, {@code trước ngày 20/4/2028},
     * {@code hằng năm}); notes whether one of them is a date of a day, a month or a quarter in a sentence
     * without slogan or state words: something to check at the deadline.
     */
    private void markTime() {
      for (int i = 0; i < n; i++) {
        int length = times.matchAt(tokens, i);
        if (length == 0) {
          continue;
        }
        boolean dayMonthOrQuarter = CopyDetection.dayMonthOrQuarter(tokens, i, length);
        int end = VietnameseText.timeFiguresEnd(tokens, i + length, dayMonthOrQuarter);
        if (length > 1 || end > i + length) {
          Arrays.fill(time, i, end, true);
          if (end > i + length && (dayMonthOrQuarter || dated(i + length, end)) && !sentenceVague[sentence[i]]) {
            dateToCheck = true;
          }
          i = end - 1;
        }
      }
    }

    /**
     * What a figure counts, from {@code next} on (past number words: "80 triệu đồng"): the index of the
     * noun; -1 if nothing follows (a value: "đạt 95%"); -2 if what follows counts nothing ("100% kế
     * hoạch", "3 tháng", "một số").
     */
    private int countedNoun(int next) {
      int k = next;
      while (k < n && counts.matchAt(tokens, k) > 0 && !tokens.get(k).afterPunctuation()) {
        k += counts.matchAt(tokens, k);
      }
      if (k >= n || tokens.get(k).number() || tokens.get(k).afterPunctuation()) {
        return -1;
      }
      return notCounted.matchAt(tokens, k) > 0 ? -2 : k;
    }

    private int afterCountWords(int i) {
      int k = i;
      while (k < n && counts.matchAt(tokens, k) > 0) {
        k += counts.matchAt(tokens, k);
      }
      return k;
    }

    /** After the figures joined by slashes that start at {@code i} (31/12/2026): a date. */
    private int afterDate(int i) {
      int k = i + 1;
      while (k < n && tokens.get(k).number() && separator(k - 1, k) == '/') {
        k++;
      }
      return k;
    }

    /** A year: four digits from 1900 to 2100, not counting the word after it. */
    private boolean year(int i) {
      if (!VietnameseText.year(tokens, i)) {
        return false;
      }
      int next = i + 1;
      return next >= n || tokens.get(next).number() || tokens.get(next).afterPunctuation()
          || notCounted.matchAt(tokens, next) > 0 || i > 0 && times.matchAt(tokens, i - 1) > 0;
    }

    /** A count of people or organisations: the noun counted is one of {@code [people]} ("75% số xã" too). */
    private boolean ofPeople(int noun) {
      return people.matchAt(tokens, noun) > 0
          || "so".equals(tokens.get(noun).folded()) && noun + 1 < n && people.matchAt(tokens, noun + 1) > 0;
    }

    private int nounEnd(int noun) {
      if ("so".equals(tokens.get(noun).folded()) && noun + 1 < n && people.matchAt(tokens, noun + 1) > 0) {
        return noun + 1 + people.matchAt(tokens, noun + 1);
      }
      return noun + Math.max(1, people.matchAt(tokens, noun));
    }

    /**
     * A state said of the people counted at {@code i}, not of things ("40 camera" stays 40): a slogan or
     * state word before the figure in its part of the sentence ("nâng cao nhận thức cho 100% đảng
     * viên"); or, when the people are what the part is about (the figure opens it: "100% đảng viên nâng
     * cao nhận thức"), one after them in the part, or in the parts that follow in the sentence when the
     * part ends with them ("100% cán bộ, đảng viên có chuyển biến"). People that a checkable action is
     * done to keep their count: "kiểm tra 14 chi bộ, bảo đảm hiệu quả".
     */
    private boolean stateOfPeople(int i, int noun) {
      if (!ofPeople(noun)) {
        return false;
      }
      int part = segment[i];
      if (segmentFirstVague[part] < i) {
        return true;
      }
      boolean opensThePart = ownWordsBefore[i] == ownWordsBefore[segmentStart[part]];
      if (!opensThePart) {
        return false;
      }
      int end = nounEnd(noun);
      if (segmentLastVague[part] >= end) {
        return true;
      }
      boolean endsThePart = end >= n || segment[end] != part;
      return endsThePart && end < n && sentence[end] == sentence[i] && sentenceLastVague[sentence[i]] >= end;
    }

    /**
     * A figure with nothing of its own in its part of the sentence: only the figure, what it counts, and
     * words such as trên, dưới, đạt, ít nhất.
     */
    private boolean bare(int i) {
      int part = segment[i];
      int partEnd = i;
      while (partEnd < n && segment[partEnd] == part) {
        partEnd++;
      }
      return ownWordsBefore[partEnd] == ownWordsBefore[segmentStart[part]];
    }

    /** A product or document right after {@code theo, thực hiện, được…}: referred to, not made. */
    private boolean referenced(int i) {
      for (int length = 1; length <= 3 && i - length >= 0; length++) {
        if (references.matchAt(tokens, i - length) == length) {
          return true;
        }
      }
      return false;
    }

    /**
     * A document issued: an issuing verb just before it, or after it in the same part of the sentence;
     * not one inside a slogan or state phrase ("theo đúng lộ trình").
     */
    private boolean issued(int i, int length) {
      for (int k = Math.max(0, i - 3); k < i; k++) {
        if (!vague[k] && issues.matchAt(tokens, k) > 0 && k + issues.matchAt(tokens, k) <= i) {
          return true;
        }
      }
      return segmentLastIssue[segment[i]] >= i + length;
    }

    /** Figures written as a date: two or more joined by slashes (31/12/2026, 6/2026). */
    private boolean dated(int from, int to) {
      for (int k = from + 1; k < to; k++) {
        if (tokens.get(k - 1).number() && tokens.get(k).number() && separator(k - 1, k) == '/') {
          return true;
        }
      }
      return false;
    }

    private char separator(int before, int after) {
      String between = tokens.text().substring(tokens.get(before).end(), Math.max(tokens.get(before).end(), tokens.get(after).start())).strip();
      return between.length() == 1 ? between.charAt(0) : 0;
    }
  }

  /** The phrases of a section found in the text, skipping the lexicon's terms. */
  private List<String> phrases(VietnameseText.Tokens tokens, Lexicon.Phrases section) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      int term = terms.matchAt(tokens, i);
      if (term > 0) {
        i += term - 1;
        continue;
      }
      int length = section.matchAt(tokens, i);
      if (length > 0) {
        found.add(lower(tokens, i, length));
        i += length - 1;
      }
    }
    return List.copyOf(found);
  }

  private static String lower(VietnameseText.Tokens tokens, int start, int length) {
    List<String> words = new ArrayList<>();
    for (int k = start; k < start + length; k++) {
      words.add(tokens.get(k).lower());
    }
    return String.join(" ", words);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
