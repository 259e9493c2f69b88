package vn.rollout.programme.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;

/**
 * The words the check knows, read from an editable UTF-8 file (by default
 * {@code classpath:programme-check/lexicon.txt}, see {@link ProgrammeCheckProperties#lexicon()}): one
 * word or phrase a line, in sections named after {@link Section} ({@code [slogan]}, {@code [not-counted]}…);
 * {@code #} starts a comment. A section the file does not have is empty.
 */
final class Lexicon {

  enum Section {
    /** Slogan wording in an item's content: nâng cao, đẩy mạnh, tăng cường… */
    SLOGAN,
    /** Set phrases that contain slogan wording but name a defined thing: nông thôn mới nâng cao… */
    TERM,
    /** States that cannot be counted or checked at a deadline: nhận thức, chuyển biến, hiệu quả… */
    STATE,
    /** Phrases that only restate the task: theo kế hoạch, đúng tiến độ, chỉ tiêu được giao… */
    RESTATE,
    /** Concrete products, events and decisions that make an output measurable: báo cáo, hội nghị, quyết định… */
    PRODUCT,
    /** Documents that are a product only when the committee issues them: kế hoạch, nghị quyết… */
    DOCUMENT,
    /** What a committee does to issue a document: ban hành, xây dựng, thông qua… */
    ISSUE,
    /** Words before a product or document that make it a reference, not an output: theo, thực hiện… */
    REFERENCE,
    /** Numbers written as words: một, hai, năm, mười, trăm… */
    COUNT,
    /** Words after a number that show it counts nothing: một số, một cách, hai mặt, năm nay, 100% kế hoạch… */
    NOT_COUNTED,
    /** People and organisations: a share or a count of them is measurable only with a checkable state. */
    PEOPLE,
    /** Level words a copier swaps: thành phố / phường, Thành ủy / Đảng ủy… */
    LEVEL,
    /** Kinds of places, dropped with the committee's own name after them: khu dân cư Bình Hiên, thôn Phú Lâm… */
    PLACE,
    /** Organisations a copier names to look local: Hội Liên hiệp Phụ nữ, Đoàn Thanh niên… */
    ORGANISATION,
    /** Time phrases a copier appends: năm 2026, giai đoạn 2026–2030, trước ngày…, hằng năm… */
    TIME,
    /** Words added or dropped without changing what an item says: trên địa bàn, của, các… */
    FILLER;

    /** The section's name in the file: {@code [not-counted]} for {@link #NOT_COUNTED}. */
    String title() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  static final String DEFAULT_LOCATION = "classpath:programme-check/lexicon.txt";

  private final Map<Section, Phrases> sections;

  private Lexicon(Map<Section, Phrases> sections) {
    this.sections = sections;
  }

  Phrases get(Section section) {
    return sections.get(section);
  }

  static Lexicon load(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return read(in, resource.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the programme-check lexicon " + resource.getDescription(), e);
    }
  }

  static Lexicon read(InputStream in, String name) throws IOException {
    Map<Section, List<String>> entries = new LinkedHashMap<>();
    for (Section section : Section.values()) {
      entries.put(section, new ArrayList<>());
    }
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Section current = null;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String text = VietnameseText.nfc(line.replace("\uFEFF", "")).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("[") && text.endsWith("]")) {
        current = section(text.substring(1, text.length() - 1).strip(), name, number);
      } else if (current == null) {
        throw new IllegalStateException(name + " line " + number + ": a word before the first [section]");
      } else {
        entries.get(current).add(text);
      }
    }
    Map<Section, Phrases> sections = new LinkedHashMap<>();
    entries.forEach((section, phrases) -> sections.put(section, new Phrases(phrases)));
    return new Lexicon(sections);
  }

  private static Section section(String title, String name, int line) {
    for (Section section : Section.values()) {
      if (section.title().equalsIgnoreCase(title)) {
        return section;
      }
    }
    throw new IllegalStateException(name + " line " + line + ": unknown section [" + title + "]");
  }

  /** The phrases of one section, found in a text by whole syllables, the longest first. */
  static final class Phrases {

    private final List<String> entries;
    private final Map<String, List<String[]>> accented = new HashMap<>();
    private final Map<String, List<String[]>> folded = new HashMap<>();

    Phrases(List<String> entries) {
      this.entries = List.copyOf(entries);
      for (String entry : entries) {
        List<VietnameseText.Token> tokens = VietnameseText.tokens(entry).list();
        if (tokens.isEmpty()) {
          continue;
        }
        add(accented, tokens.stream().map(VietnameseText.Token::lower).toArray(String[]::new));
        add(folded, tokens.stream().map(VietnameseText.Token::folded).toArray(String[]::new));
      }
    }

    private static void add(Map<String, List<String[]>> index, String[] phrase) {
      List<String[]> phrases = index.computeIfAbsent(phrase[0], k -> new ArrayList<>());
      phrases.add(phrase);
      phrases.sort((a, b) -> b.length - a.length);
    }

    /** The entries as written in the file. */
    List<String> entries() {
      return entries;
    }

    /**
     * How many tokens from {@code start} on make up an entry (the longest), 0 if none does. A text
     * with diacritics is matched with them; one typed without diacritics is matched without.
     */
    int matchAt(VietnameseText.Tokens tokens, int start) {
      List<String[]> candidates = (tokens.accented() ? accented : folded).get(tokens.form(start));
      if (candidates == null) {
        return 0;
      }
      for (String[] phrase : candidates) {
        if (start + phrase.length <= tokens.size() && matches(tokens, start, phrase)) {
          return phrase.length;
        }
      }
      return 0;
    }

    private static boolean matches(VietnameseText.Tokens tokens, int start, String[] phrase) {
      for (int k = 1; k < phrase.length; k++) {
        if (!phrase[k].equals(tokens.form(start + k))) {
          return false;
        }
      }
      return true;
    }
  }
}
