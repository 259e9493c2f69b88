package vn.rollout.document;

import java.time.LocalDate;

/** A number taken from a register: {@code symbol} is what the document shows ({@code 01-CTr/TU}). */
public record IssuedDocument(long id, DocumentKind kind, long subjectId, String committeeCode, String issuer,
    int year, int number, String symbol, LocalDate issuedOn, boolean typed) {

  /** "Số 01-CTr/TU", as the document's header writes it. */
  public String numberLine() {
    return "Số " + symbol;
  }
}
