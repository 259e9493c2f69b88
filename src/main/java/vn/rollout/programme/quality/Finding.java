package vn.rollout.programme.quality;

/**
 * One finding about a programme.
 *
 * @param item index of the item (from 0), {@code null} for the programme as a whole
 * @param parentItem for {@link FindingKind#COPIED}, the parent item it copies
 * @param similarity for {@link FindingKind#COPIED}, how alike the two are, from 0 to 1
 * @param message what is wrong, in Vietnamese, for the office that drafted the item
 */
public record Finding(Integer item, FindingKind kind, Integer parentItem, Double similarity, String message) {

  public static Finding of(Integer item, FindingKind kind, String message) {
    return new Finding(item, kind, null, null, message);
  }
}
