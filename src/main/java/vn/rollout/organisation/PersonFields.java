package vn.rollout.organisation;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a name and an email address may be, wherever they come from: a row of the organisation import,
 * or a user saved through Camunda's REST API and webapps (Admin, the profile page). A name is shown as
 * text in Tasklist, Cockpit, mails and documents: no markup ({@code <}, {@code >}) and no control
 * characters, at most {@value #MAX} characters. Messages never repeat the value (the webapps show
 * server messages as HTML).
 */
public final class PersonFields {

  public static final int MAX = 255;
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cc}\\p{Cf}]");

  private PersonFields() {}

  /** Why a name (of a person, a committee, a unit) cannot be stored, if it cannot. */
  public static Optional<String> nameProblem(String field, String name, int max) {
    if (name == null || name.isBlank()) {
      return Optional.of(field + " is missing");
    }
    if (name.length() > max) {
      return Optional.of(field + " is longer than " + max + " characters");
    }
    if (MARKUP_OR_CONTROL.matcher(name).find()) {
      return Optional.of(field + " may not contain < or > or control characters");
    }
    return Optional.empty();
  }

  /** Why an email address cannot be stored, if it cannot. */
  public static Optional<String> emailProblem(String field, String email) {
    if (email == null || email.isBlank()) {
      return Optional.of(field + " is missing");
    }
    if (email.length() > MAX || !EMAIL.matcher(email).matches()) {
      return Optional.of(field + " is not an email address (name@domain.vn)");
    }
    return Optional.empty();
  }

  /** The text as stored: Unicode NFC, trimmed. */
  public static String normalised(String text) {
    return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
