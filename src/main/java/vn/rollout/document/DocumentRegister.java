package vn.rollout.document;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/**
 * The office's registers of outgoing documents: one per committee, issuer, type and year. A document
 * takes the next number of its register, or the number the office typed from its paper register if
 * that one is free; either way the number is never given twice, also with two nodes: the register's
 * row is locked ({@code SELECT … FOR UPDATE}) until the document's transaction commits, and
 * {@code document_number} is unique per register. Numbers are never deleted, so never reused.
 */
@Service
public class DocumentRegister {

  static final String SYMBOL_FORMAT = "%02d-%s/%s";

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  DocumentRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The number a document already has. */
  public Optional<IssuedDocument> find(DocumentKind kind, long subjectId) {
    return jdbc.sql(SELECT + " WHERE subject_kind = :kind AND subject_id = :subject")
        .param("kind", kind.name())
        .param("subject", subjectId)
        .query(DocumentRegister::issued)
        .optional();
  }

  public Optional<IssuedDocument> find(long documentId) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", documentId).query(DocumentRegister::issued).optional();
  }

  /**
   * Gives the document its number, in the caller's transaction; a document that has one keeps it.
   *
   * @param issuer what follows the slash: the committee's symbol, or the inspection committee's ({@code UBKTTU})
   * @param typed the number from the office's paper register, or {@code null} for the register's next
   * @param field the form field the typed number came from, named when it is refused
   * @throws InvalidInputException when the typed number is not a positive number or is taken in that register
   */
  @Transactional
  public IssuedDocument issue(DocumentKind kind, long subjectId, String committeeCode, String issuer, LocalDate on,
      Integer typed, String field, String by) {
    Optional<IssuedDocument> existing = find(kind, subjectId);
    if (existing.isPresent()) {
      return existing.get();
    }
    int year = on.getYear();
    if (typed != null && typed < 1) {
      throw new InvalidInputException(field, "Số văn bản phải là số nguyên dương.");
    }
    int last = lockRegister(committeeCode, issuer, kind.type(), year);
    int number;
    if (typed != null) {
      if (taken(committeeCode, issuer, kind.type(), year, typed)) {
        throw takenNumber(kind, issuer, year, typed, field);
      }
      number = typed;
    } else {
      number = last + 1;
      while (taken(committeeCode, issuer, kind.type(), year, number)) {
        number++;
      }
    }
    jdbc.sql("""
            UPDATE document_register SET last_number = :last
             WHERE committee_code = :committee AND issuer = :issuer AND doc_type = :type AND issued_year = :year""")
        .param("last", Math.max(last, number))
        .param("committee", committeeCode)
        .param("issuer", issuer)
        .param("type", kind.type())
        .param("year", year)
        .update();
    String symbol = String.format(SYMBOL_FORMAT, number, kind.type(), issuer);
    jdbc.sql("""
            INSERT INTO document_number (committee_code, issuer, doc_type, issued_year, doc_number, symbol, subject_kind,
                                         subject_id, issued_on, typed, assigned_at, assigned_by)
            VALUES (:committee, :issuer, :type, :year, :number, :symbol, :kind, :subject, :on, :typed, :at, :by)""")
        .param("committee", committeeCode)
        .param("issuer", issuer)
        .param("type", kind.type())
        .param("year", year)
        .param("number", number)
        .param("symbol", symbol)
        .param("kind", kind.name())
        .param("subject", subjectId)
        .param("on", on)
        .param("typed", typed != null)
        .param("at", Timestamp.from(EngineTime.now()))
        .param("by", by)
        .update();
    return find(kind, subjectId).orElseThrow();
  }

  /**
   * Refuses a typed number that is not a positive number or is taken in the register; a check for a form
   * before it completes (the number is taken in {@link #issue}, which checks again under the lock).
   */
  public void requireFree(DocumentKind kind, String committeeCode, String issuer, int year, int typed, String field) {
    if (typed < 1) {
      throw new InvalidInputException(field, "Số văn bản phải là số nguyên dương.");
    }
    if (taken(committeeCode, issuer, kind.type(), year, typed)) {
      throw takenNumber(kind, issuer, year, typed, field);
    }
  }

  private static InvalidInputException takenNumber(DocumentKind kind, String issuer, int year, int typed, String field) {
    return new InvalidInputException(field, "Số " + String.format(SYMBOL_FORMAT, typed, kind.type(), issuer)
        + " năm " + year + " đã cấp cho văn bản khác; đồng chí kiểm tra lại sổ đăng ký văn bản đi.");
  }

  /** The register's last number, its row locked until the caller's transaction ends; created on first use. */
  private int lockRegister(String committeeCode, String issuer, String type, int year) {
    Optional<Integer> last = selectForUpdate(committeeCode, issuer, type, year);
    if (last.isPresent()) {
      return last.get();
    }
    try {
      // in a transaction of its own, so that losing the race to another node does not spoil the caller's
      separately.executeWithoutResult(status -> jdbc.sql("""
              INSERT INTO document_register (committee_code, issuer, doc_type, issued_year, last_number)
              VALUES (:committee, :issuer, :type, :year, 0)""")
          .param("committee", committeeCode)
          .param("issuer", issuer)
          .param("type", type)
          .param("year", year)
          .update());
    } catch (DuplicateKeyException createdMeanwhile) {
      // another transaction created it: lock that one
    }
    return selectForUpdate(committeeCode, issuer, type, year).orElseThrow();
  }

  private Optional<Integer> selectForUpdate(String committeeCode, String issuer, String type, int year) {
    return jdbc.sql("""
            SELECT last_number FROM document_register
             WHERE committee_code = :committee AND issuer = :issuer AND doc_type = :type AND issued_year = :year
               FOR UPDATE""")
        .param("committee", committeeCode)
        .param("issuer", issuer)
        .param("type", type)
        .param("year", year)
        .query(Integer.class)
        .optional();
  }

  private boolean taken(String committeeCode, String issuer, String type, int year, int number) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM document_number
             WHERE committee_code = :committee AND issuer = :issuer AND doc_type = :type AND issued_year = :year
               AND doc_number = :number""")
        .param("committee", committeeCode)
        .param("issuer", issuer)
        .param("type", type)
        .param("year", year)
        .param("number", number)
        .query(Integer.class)
        .single() > 0;
  }

  private static final String SELECT = """
      SELECT id, subject_kind, subject_id, committee_code, issuer, issued_year, doc_number, symbol, issued_on, typed
        FROM document_number""";

  private static IssuedDocument issued(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new IssuedDocument(rs.getLong("id"), DocumentKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
        rs.getString("committee_code"), rs.getString("issuer"), rs.getInt("issued_year"), rs.getInt("doc_number"),
        rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class), rs.getBoolean("typed"));
  }
}
