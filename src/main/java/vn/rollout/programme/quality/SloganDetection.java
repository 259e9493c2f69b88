package vn.rollout.programme.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds slogans: an item whose content uses slogan wording (the lexicon's {@code [slogan]} words:
 * nâng cao, đẩy mạnh, tăng cường…) and whose output is not measurable. An output, read together
 * with the item's target figure, is measurable when it has a figure (a count, a percentage, a date), a
 * number written as a word ({@code [count]}) or a concrete product ({@code [product]}: báo cáo, cơ sở
 * dữ liệu, hội nghị, quyết định…). "Tăng cường kiểm tra: kiểm tra 14 chi bộ mỗi năm" with the output
 * "14 kết luận kiểm tra/năm" is therefore not a slogan.
 */
final class SloganDetection {

  private final Lexicon.Phrases slogans;
  private final Lexicon.Phrases products;
  private final Lexicon.Phrases counts;

  SloganDetection(Lexicon lexicon) {
    this.slogans = lexicon.get(Lexicon.Section.SLOGAN);
    this.products = lexicon.get(Lexicon.Section.PRODUCT);
    this.counts = lexicon.get(Lexicon.Section.COUNT);
  }

  /** The slogan words of the item's content if its output is not measurable, else none. */
  List<String> sloganWords(ProgrammeItem item) {
    Set<String> found = new LinkedHashSet<>();
    VietnameseText.Tokens content = VietnameseText.tokens(item.content());
    for (int i = 0; i < content.size(); i++) {
      int length = slogans.matchAt(content, i);
      if (length > 0) {
        List<String> words = new ArrayList<>();
        for (int k = i; k < i + length; k++) {
          words.add(content.get(k).lower());
        }
        found.add(String.join(" ", words));
        i += length - 1;
      }
    }
    if (found.isEmpty() || measurable(item.output()) || measurable(item.target())) {
      return List.of();
    }
    return List.copyOf(found);
  }

  /** A few of the lexicon's products, to name in a message. */
  List<String> productExamples() {
    List<String> entries = products.entries();
    return entries.subList(0, Math.min(4, entries.size()));
  }

  private boolean measurable(String text) {
    VietnameseText.Tokens tokens = VietnameseText.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).number() || products.matchAt(tokens, i) > 0 || counts.matchAt(tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
