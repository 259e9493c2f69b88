package vn.rollout.attachment;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.IssuedDocument;
import vn.rollout.organisation.Role;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.NotFoundException;

/**
 * Who may read and add the files of a subject, through the one check of {@code /api},
 * {@link CommitteeAccess}: a resolution's text is read by whoever takes part in its rollout (an organ or
 * unit of a committee in its tree, or above) and sent by the issuing committee's office; an item's
 * evidence is read by its lead and by the organs of its committee or above (the items list's rule), and
 * sent by its lead or the office of its committee or above; a document's signed scan is read and sent by
 * the office of the issuing committee or above (an inspection conclusion also by the inspection committee
 * of the inspecting committee or above, and read by the office of the inspected one). Unknown subject: 404.
 */
@Component
class AttachmentAccess {

  private static final String REFUSED = "Đồng chí không có quyền với tệp đính kèm này.";

  private final JdbcClient jdbc;
  private final CommitteeAccess access;
  private final DocumentRegister register;

  AttachmentAccess(JdbcClient jdbc, CommitteeAccess access, DocumentRegister register) {
    this.jdbc = jdbc;
    this.access = access;
    this.register = register;
  }

  static String lockSql(Subject subject) {
    return switch (subject) {
      case RESOLUTION -> "SELECT id FROM resolution WHERE id = :id FOR UPDATE";
      case ITEM -> "SELECT id FROM programme_item WHERE id = :id FOR UPDATE";
      case DOCUMENT -> "SELECT id FROM document_number WHERE id = :id FOR UPDATE";
    };
  }

  void read(Subject subject, long id) {
    switch (subject) {
      case RESOLUTION -> access.requireInTree(resolutionCommittee(id));
      case ITEM -> {
        Item item = item(id);
        if (!access.inGroup(item.lead()) && !access.mayReadAsMember(item.committee())) {
          throw new AuthorizationException(REFUSED);
        }
      }
      case DOCUMENT -> {
        IssuedDocument document = document(id);
        boolean may = access.mayRead(Role.OFFICE, document.committeeCode());
        if (!may && document.kind() == DocumentKind.INSPECTION_CONCLUSION) {
          may = access.mayRead(Role.INSPECTION, document.committeeCode())
              || inspected(document.subjectId()).map(code -> access.mayRead(Role.OFFICE, code)).orElse(false);
        }
        if (!may) {
          throw new AuthorizationException(REFUSED);
        }
      }
    }
  }

  void write(Subject subject, long id) {
    switch (subject) {
      case RESOLUTION -> access.require(Role.OFFICE, resolutionCommittee(id));
      case ITEM -> {
        Item item = item(id);
        if (!access.inGroup(item.lead()) && !access.mayRead(Role.OFFICE, item.committee())) {
          throw new AuthorizationException(REFUSED);
        }
      }
      case DOCUMENT -> {
        IssuedDocument document = document(id);
        boolean may = access.mayRead(Role.OFFICE, document.committeeCode())
            || (document.kind() == DocumentKind.INSPECTION_CONCLUSION && access.mayRead(Role.INSPECTION, document.committeeCode()));
        if (!may) {
          throw new AuthorizationException(REFUSED);
        }
      }
    }
  }

  private String resolutionCommittee(long id) {
    return jdbc.sql("SELECT issuing_committee FROM resolution WHERE id = :id").param("id", id).query(String.class).optional()
        .orElseThrow(() -> new NotFoundException("id", "Không có nghị quyết mã số " + id + "."));
  }

  private record Item(String committee, String lead) {}

  /**
   * An item's committee: its programme's (or, for an item an amendment cancelled, the programme's it was
   * cancelled from), or for a remedial item the inspected committee.
   */
  private Item item(long id) {
    return jdbc.sql("""
            SELECT COALESCE(p.committee_code, c.committee_code, n.inspected_committee), i.lead_group
              FROM programme_item i
              LEFT JOIN programme p ON p.id = i.programme_id
              LEFT JOIN programme c ON c.id = i.cancelled_from
              LEFT JOIN inspection_shortcoming s ON s.item_id = i.id
              LEFT JOIN inspection n ON n.id = s.inspection_id
             WHERE i.id = :id""")
        .param("id", id)
        .query((rs, n) -> new Item(rs.getString(1), rs.getString(2)))
        .optional()
        .filter(item -> item.committee() != null)
        .orElseThrow(() -> new NotFoundException("id", "Không có nhiệm vụ mã số " + id + "."));
  }

  private IssuedDocument document(long id) {
    return register.find(id).orElseThrow(() -> new NotFoundException("id", "Không có văn bản mã số " + id + "."));
  }

  private Optional<String> inspected(long inspectionId) {
    return jdbc.sql("SELECT inspected_committee FROM inspection WHERE id = :id").param("id", inspectionId)
        .query(String.class).optional();
  }
}
