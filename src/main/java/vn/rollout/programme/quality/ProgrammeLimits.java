package vn.rollout.programme.quality;

/**
 * The largest programme the product takes, in the check ({@code POST /api/programmes/check}) and in
 * the office's draft: it bounds the work of one request (a check at the limits, 300 items against 300
 * with every field at its longest, takes about 170 ms of CPU once warm; see BENCHMARKS.md), and the
 * texts fit the columns of {@code programme_item}.
 *
 * <p>300 items: the largest real programme we can point to, the Government's action programme for
 * Resolution 57-NQ/TW as amended in 2025 (Nghị quyết 71/NQ-CP), lists about 140 tasks; a province's
 * programme for its congress resolution has tens of items, a commune's or a cell's fewer. Lengths are
 * counted in characters of the NFC text, as the database counts them once the text is stored in NFC.
 */
public final class ProgrammeLimits {

  /** Items of a programme, and of the parent programme it is checked against. */
  public static final int ITEMS = 300;
  /** {@code programme_item.content}. */
  public static final int CONTENT = 2000;
  /** {@code programme_item.output}. */
  public static final int OUTPUT = 2000;
  /** {@code programme_item.manpower}. */
  public static final int MANPOWER = 255;
  /** {@code programme_item.target}. */
  public static final int TARGET = 255;
  /** A lead or coordinating unit named in a check request (the draft holds task-group ids instead). */
  public static final int UNIT = 255;
  /** Coordinating units of one item in a check request. */
  public static final int COORDINATORS = 30;
  /** The committee code of a check request, as {@code committee.code}. */
  public static final int COMMITTEE = 64;

  private ProgrammeLimits() {}

  /** The length of a text as stored: characters (code points) of its NFC form; 0 for none. */
  public static int length(String text) {
    if (text == null) {
      return 0;
    }
    String nfc = VietnameseText.nfc(text);
    return nfc.codePointCount(0, nfc.length());
  }
}
