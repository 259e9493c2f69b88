package vn.rollout.programme.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vietnamese text as a reader takes it in: Unicode NFC (text pasted from Word is often NFD), lower
 * case, split into syllables and figures. Every syllable also comes diacritic-free ("folded":
 * {@code quán triệt} → {@code quan triet}, {@code đ} → {@code d}), so that text typed without
 * diacritics compares with text typed with them.
 */
final class VietnameseText {

  /**
   * One syllable or figure.
   *
   * @param lower the syllable in NFC lower case; for a figure, its canonical value ({@code 1.250} →
   *     {@code 1250}, {@code 0,5} → {@code 0.5}, {@code 03} → {@code 3})
   * @param folded {@code lower} without diacritics
   * @param titleCase written with a capital first letter and not all in capitals (a name, not an acronym)
   * @param acronym two letters or more, all capitals ({@code UBND}, {@code THCS}, {@code XXIII})
   * @param clauseStart the first token of the text or of a clause (after {@code . ; : ! ?}, a line
   *     break, a dash or a bracket), where a capital letter says nothing
   * @param afterPunctuation separated from the previous token by punctuation, not only by spaces
   * @param start where the token starts in the NFC text
   * @param end where it ends (exclusive); for a figure, after a {@code %} that follows it
   */
  record Token(String lower, String folded, boolean number, boolean titleCase, boolean acronym, boolean clauseStart,
      boolean afterPunctuation, int start, int end) {

    /** A capitalised word or an acronym inside a clause: part of a proper name. */
    boolean name() {
      return (titleCase || acronym) && !clauseStart;
    }
  }

  /** A text's tokens, whether it is written with diacritics at all, and the NFC text they come from. */
  record Tokens(List<Token> list, boolean accented, String text) {

    /** The NFC text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    String span(int from, int to) {
      return text.substring(list.get(from).start(), list.get(to).end());
    }

    /** The character right after the token (spaces skipped), or 0 at the end. */
    char after(int index) {
      for (int c = list.get(index).end(); c < text.length(); c++) {
        if (!Character.isWhitespace(text.charAt(c))) {
          return text.charAt(c);
        }
      }
      return 0;
    }

    /** Whether the token is a figure followed by a percent sign. */
    boolean percent(int index) {
      Token token = list.get(index);
      return token.number() && token.end() > token.start() && text.charAt(token.end() - 1) == '%';
    }

    int size() {
      return list.size();
    }

    Token get(int index) {
      return list.get(index);
    }

    /** The form lexicon entries are compared in: with diacritics unless the text has none. */
    String form(int index) {
      Token token = list.get(index);
      return accented ? token.lower() : token.folded();
    }
  }

  private static final Tokens NONE = new Tokens(List.of(), false, "");
  private static final String CLAUSE_BREAKS = ".;:!?\n\r-–—•()[]";
  /** Folding of every character up to the end of Latin Extended Additional (Vietnamese letters). */
  private static final char[] FOLD = new char[0x1F00];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      FOLD[c] = Character.getType(c) == Character.NON_SPACING_MARK ? 0 : decomposed.charAt(0);
    }
    FOLD['đ'] = 'd';
    FOLD['Đ'] = 'D';
  }

  private VietnameseText() {}

  static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Syllables already folded: Vietnamese has a few thousand, read again and again. The cache holds words
   * of 12 letters at most and stops growing at {@link #FOLDED_CACHE} entries, whatever a text holds.
   */
  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
  private static final int FOLDED_CACHE = 20_000;

  /** Removes the diacritics of a lower-case NFC text. */
  static String fold(String lower) {
    String cached = FOLDED.get(lower);
    if (cached != null) {
      return cached;
    }
    String folded = foldChars(lower);
    if (lower.length() <= 12 && FOLDED.size() < FOLDED_CACHE) {
      FOLDED.put(lower, folded);
    }
    return folded;
  }

  private static String foldChars(String lower) {
    StringBuilder folded = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char f = c < FOLD.length ? FOLD[c] : c;
      if (f != c && folded == null) {
        folded = new StringBuilder(lower.length()).append(lower, 0, i);
      }
      if (folded != null && f != 0) {
        folded.append(f);
      }
    }
    return folded == null ? lower : folded.toString();
  }

  static Tokens tokens(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    String nfc = nfc(text);
    List<Token> tokens = new ArrayList<>();
    boolean clauseStart = true;
    boolean punctuation = false;
    boolean accented = false;
    int i = 0;
    while (i < nfc.length()) {
      char c = nfc.charAt(i);
      if (Character.isDigit(c)) {
        int end = numberEnd(nfc, i);
        int tokenEnd = end;
        while (tokenEnd < nfc.length() && nfc.charAt(tokenEnd) == ' ') {
          tokenEnd++;
        }
        tokenEnd = tokenEnd < nfc.length() && nfc.charAt(tokenEnd) == '%' ? tokenEnd + 1 : end;
        for (String value : numbers(nfc.substring(i, end))) {
          tokens.add(new Token(value, value, true, false, false, clauseStart, punctuation, i, tokenEnd));
          punctuation = false;
        }
        clauseStart = false;
        i = tokenEnd;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < nfc.length() && (Character.isLetter(nfc.charAt(end)) || isMark(nfc.charAt(end)))) {
          end++;
        }
        String word = nfc.substring(i, end);
        String lower = word.toLowerCase(Locale.ROOT);
        String folded = fold(lower);
        accented |= !folded.equals(lower);
        tokens.add(new Token(lower, folded, false, titleCase(word), acronym(word), clauseStart, punctuation, i, end));
        clauseStart = false;
        punctuation = false;
        i = end;
      } else {
        if (CLAUSE_BREAKS.indexOf(c) >= 0) {
          clauseStart = true;
        }
        if (!Character.isWhitespace(c)) {
          punctuation = true;
        }
        i++;
      }
    }
    return new Tokens(List.copyOf(tokens), accented, nfc);
  }

  /** A Roman numeral, as of a quarter or a congress: I, II, IV, XXIII. */
  static boolean romanNumeral(Token token) {
    if (!token.acronym() && !(token.titleCase() && token.lower().length() == 1)) {
      return false;
    }
    for (int c = 0; c < token.lower().length(); c++) {
      if ("ivx".indexOf(token.lower().charAt(c)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the figures that belong to a time phrase ending before {@code start}: years (four digits,
   * 1900 to 2100), figures joined by a slash or a dash to such a figure (20/4/2028, 2026 – 2030), Roman
   * numerals (quý II), and, after a day, a month or a quarter, the small figures of a date (ngày 20 tháng
   * 4). A percentage or a count is not one: "hằng năm 100% chi bộ", "mỗi năm 2 lần".
   */
  static int timeFiguresEnd(Tokens tokens, int start, boolean dayMonthOrQuarter) {
    int i = start;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      boolean joined = i > start && separatedBySlashOrDash(tokens, i - 1, i)
          || i + 1 < tokens.size() && tokens.get(i + 1).number() && separatedBySlashOrDash(tokens, i, i + 1);
      boolean timeFigure = token.number() && !tokens.percent(i)
          && (year(tokens, i) || joined || dayMonthOrQuarter && token.lower().length() <= 2);
      if (!timeFigure && !romanNumeral(token)) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Four digits from 1900 to 2100, written as such. */
  static boolean year(Tokens tokens, int i) {
    Token token = tokens.get(i);
    if (!token.number() || token.end() - token.start() != 4 || token.lower().length() != 4) {
      return false;
    }
    int value = Integer.parseInt(token.lower());
    return value >= 1900 && value <= 2100;
  }

  private static boolean separatedBySlashOrDash(Tokens tokens, int before, int after) {
    String between = tokens.text().substring(tokens.get(before).end(), Math.max(tokens.get(before).end(),
        tokens.get(after).start())).strip();
    return between.length() == 1 && "/-–".indexOf(between.charAt(0)) >= 0;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean titleCase(String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return word.length() == 1;
  }

  private static boolean acronym(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A figure runs over digits and the separators between them: 1.250 · 0,5 · 20/4/2028 is three. */
  private static int numberEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (Character.isDigit(c)) {
        end++;
      } else if ((c == '.' || c == ',') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * The values of a written figure. Vietnamese writes {@code 1.250} for a thousand two hundred and
   * fifty and {@code 0,5} for a half; groups that are not thousands ({@code 20.4.2028}) are separate
   * figures.
   */
  static List<String> numbers(String written) {
    String[] dotGroups = written.split("\\.", -1);
    boolean thousands = dotGroups.length > 1;
    for (int g = 1; g < dotGroups.length; g++) {
      thousands &= dotGroups[g].length() == 3
          || g == dotGroups.length - 1 && dotGroups[g].length() > 4 && dotGroups[g].indexOf(',') == 3;
    }
    if (thousands) {
      return List.of(canonical(written.replace(".", "").replace(',', '.')));
    }
    if (dotGroups.length == 2 && !dotGroups[0].contains(",") && !dotGroups[1].contains(",")) {
      return List.of(canonical(written));
    }
    List<String> values = new ArrayList<>();
    for (String group : dotGroups) {
      String[] commaGroups = group.split(",", -1);
      if (commaGroups.length == 2) {
        values.add(canonical(commaGroups[0] + "." + commaGroups[1]));
      } else {
        for (String part : commaGroups) {
          values.add(canonical(part));
        }
      }
    }
    return values;
  }

  private static String canonical(String number) {
    int dot = number.indexOf('.');
    String whole = dot < 0 ? number : number.substring(0, dot);
    String fraction = dot < 0 ? "" : number.substring(dot + 1);
    int fractionEnd = fraction.length();
    while (fractionEnd > 0 && fraction.charAt(fractionEnd - 1) == '0') {
      fractionEnd--;
    }
    int wholeStart = 0;
    while (wholeStart < whole.length() - 1 && whole.charAt(wholeStart) == '0') {
      wholeStart++;
    }
    whole = whole.substring(wholeStart);
    return fractionEnd == 0 ? whole : whole + "." + fraction.substring(0, fractionEnd);
  }
}
