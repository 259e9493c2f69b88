package vn.rollout.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.rollout.shared.Problem;

/**
 * One CSV file of an import, read strictly: UTF-8 only (a byte order mark is allowed), the header row
 * exactly as expected, every record with as many fields as the header. Text is trimmed and put in
 * Unicode NFC, so that a name typed with combining diacritics is stored like one typed precomposed.
 */
final class CsvFile {

  /** A data record and the line it starts on (the header is line 1). */
  record Row(int line, List<String> values) {

    String get(int index) {
      return values.get(index);
    }
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .get();

  private CsvFile() {}

  /**
   * The data rows of {@code bytes}, or empty when the file as a whole cannot be read (not UTF-8,
   * not CSV, wrong header); every problem found is added to {@code problems}.
   */
  static Optional<List<Row>> read(String file, byte[] bytes, List<String> header, List<Problem> problems) {
    Optional<String> text = decode(file, bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Lines lines = new Lines(text.get());
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text.get(), FORMAT)) {
      boolean headerSeen = false;
      for (CSVRecord record : parser) {
        int line = lines.lineAt(record.getCharacterPosition());
        List<String> values = record.toList();
        if (!headerSeen) {
          headerSeen = true;
          if (!values.equals(header)) {
            problems.add(new Problem(file, line, null, "the header must be exactly: " + String.join(",", header)));
            return Optional.empty();
          }
        } else if (values.size() != header.size()) {
          problems.add(new Problem(file, line, null,
              "expected " + header.size() + " fields (" + String.join(",", header) + "), found " + values.size()));
        } else {
          rows.add(new Row(line, values));
        }
      }
      if (!headerSeen) {
        problems.add(new Problem(file, 1, null, "the file is empty; the header must be exactly: " + String.join(",", header)));
        return Optional.empty();
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Problem(file, null, null, "not a well-formed CSV file: " + e.getMessage()));
      return Optional.empty();
    }
    return Optional.of(rows);
  }

  /** The text of {@code bytes} in NFC, or empty with a problem naming the line of the first byte that is not UTF-8. */
  private static Optional<String> decode(String file, byte[] bytes, List<Problem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(new Problem(file, line, null, "not UTF-8: save the file as UTF-8 (byte " + (in.position() + 1) + " is not)"));
      return Optional.empty();
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /** Line numbers of character positions, for positions read in increasing order. */
  private static final class Lines {
    private final String text;
    private int position;
    private int line = 1;

    Lines(String text) {
      this.text = text;
    }

    /** The line of the record at {@code characterPosition}: the parser's position may be before the empty lines it skipped. */
    int lineAt(long characterPosition) {
      while (position < text.length()
          && (position < characterPosition || text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
        if (text.charAt(position) == '\n') {
          line++;
        }
        position++;
      }
      return line;
    }
  }
}
