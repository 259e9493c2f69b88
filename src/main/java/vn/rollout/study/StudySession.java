package vn.rollout.study;

/**
 * One study session as the form submits it.
 *
 * @param date {@code yyyy-MM-dd}
 * @param audience {@code KEY_OFFICIALS} (cán bộ chủ chốt) or {@code MEMBERS} (đảng viên)
 * @param format {@code IN_PERSON} (trực tiếp) or {@code ONLINE} (trực tuyến)
 */
public record StudySession(String date, String audience, String format, Integer invited, Integer attended) {

  public enum Audience { KEY_OFFICIALS, MEMBERS }

  public enum Format { IN_PERSON, ONLINE }
}
