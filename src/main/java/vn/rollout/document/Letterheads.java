package vn.rollout.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Organ;

/**
 * Who a committee's document is from and to, as Hướng dẫn 36-HD/VPTW writes it: the issuer under its
 * direct superior's Party organisation ("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG" over "ĐẢNG ỦY PHƯỜNG HẢI CHÂU"; a
 * provincial committee stands alone under the Party's name on the right); the place of the committee
 * itself (a cell's is its ward's or commune's); the recipients from the body above down to its own
 * subordinates; the signer.
 */
@Service
public class Letterheads {

  /** The number line of a document not numbered yet: room to write the number by hand. */
  static final String NO_NUMBER = "Số      -%s/%s";
  static final String CENTRAL_OFFICE = "Văn phòng Trung ương Đảng";
  static final int SUBORDINATES_NAMED = 5;

  private final CommitteeDirectory committees;

  Letterheads(CommitteeDirectory committees) {
    this.committees = committees;
  }

  public Committee committee(String code) {
    return committees.find(code).orElseThrow(() -> new IllegalStateException("no committee " + code));
  }

  /** The issuer's symbol after the slash: the committee's ({@code TU}), or its inspection committee's ({@code UBKTTU}). */
  public String issuer(Committee committee, boolean inspectionCommittee) {
    return inspectionCommittee ? "UBKT" + committee.symbol() : committee.symbol();
  }

  /** Whether a notice on an inspection is the inspection committee's (it has one) rather than the committee's. */
  public boolean byInspectionCommittee(Committee committee) {
    return committee.hasOrgan(Organ.INSPECTION.key()) && !CommitteeNames.isCell(committee.name(), committee.symbol());
  }

  /** The heading of a committee's own document. */
  public PartyDocx.Heading heading(Committee committee, DocumentKind kind, Optional<IssuedDocument> issued, LocalDate date,
      boolean draft) {
    String superior = superior(committee).map(parent -> CommitteeNames.organisation(parent.name())).orElse(null);
    return new PartyDocx.Heading(superior, committee.name(), number(kind, issuer(committee, false), issued),
        PartyDocx.dateLine(place(committee), date), draft);
  }

  /** The heading of a notice of the committee's inspection committee: the committee over "ỦY BAN KIỂM TRA". */
  public PartyDocx.Heading inspectionHeading(Committee committee, Optional<IssuedDocument> issued, LocalDate date) {
    boolean own = byInspectionCommittee(committee);
    if (!own) {
      return heading(committee, DocumentKind.INSPECTION_CONCLUSION, issued, date, false);
    }
    return new PartyDocx.Heading(committee.name(), Organ.INSPECTION.label(),
        number(DocumentKind.INSPECTION_CONCLUSION, issuer(committee, true), issued), PartyDocx.dateLine(place(committee), date),
        false);
  }

  private static String number(DocumentKind kind, String issuer, Optional<IssuedDocument> issued) {
    return issued.map(IssuedDocument::numberLine).orElse(String.format(NO_NUMBER, kind.type(), issuer));
  }

  /** The direct superior, unless it is the Centre (a provincial committee's heading names only itself). */
  Optional<Committee> superior(Committee committee) {
    return committee.parent().flatMap(committees::find).filter(parent -> !"TW".equals(parent.symbol()));
  }

  /** The place in the date line: the committee's own, else its nearest superior's (a cell's ward). */
  public String place(Committee committee) {
    Committee current = committee;
    while (current != null) {
      Optional<String> place = CommitteeNames.place(current.name());
      if (place.isPresent()) {
        return place.get();
      }
      current = current.parent().flatMap(committees::find).orElse(null);
    }
    return committee.name();
  }

  /** "T/M BAN THƯỜNG VỤ" over "BÍ THƯ"; a cell signs "T/M CHI BỘ", a committee without standing committee "T/M ĐẢNG ỦY". */
  public PartyDocx.Signature signature(Committee committee, List<String> recipients) {
    String capacity;
    if (CommitteeNames.isCell(committee.name(), committee.symbol())) {
      capacity = "T/M CHI BỘ";
    } else if (committee.hasOrgan(Organ.STANDING_COMMITTEE.key())) {
      capacity = "T/M BAN THƯỜNG VỤ";
    } else {
      capacity = "T/M " + CommitteeNames.word(committee.name());
    }
    return new PartyDocx.Signature(capacity, "BÍ THƯ", recipients);
  }

  public PartyDocx.Signature inspectionSignature(Committee committee, List<String> recipients) {
    if (!byInspectionCommittee(committee)) {
      return signature(committee, recipients);
    }
    return new PartyDocx.Signature("T/M " + Organ.INSPECTION.label(), "CHỦ NHIỆM", recipients);
  }

  /**
   * "Nơi nhận" of a committee's report or programme: the body above (and the Central Office for a
   * provincial committee), its own members, its subordinates, its own file.
   */
  public List<String> recipients(Committee committee, String purposeAbove) {
    List<String> lines = new ArrayList<>();
    Optional<Committee> parent = committee.parent().flatMap(committees::find);
    parent.ifPresent(above -> lines.add("- " + (above.hasOrgan(Organ.STANDING_COMMITTEE.key()) && !"TW".equals(above.symbol())
        ? "Ban Thường vụ " + above.name() : above.name()) + " (" + purposeAbove + "),"));
    if ("TU".equals(committee.symbol()) || parent.isEmpty() || parent.map(p -> "TW".equals(p.symbol())).orElse(false)) {
      lines.add("- " + CENTRAL_OFFICE + " (" + purposeAbove + "),");
    }
    lines.add("- Các đồng chí " + CommitteeNames.members(committee.name()) + ",");
    List<Committee> below = committees.children(committee.code());
    if (!below.isEmpty() && below.size() <= SUBORDINATES_NAMED) {
      below.forEach(child -> lines.add("- " + child.name() + ","));
    } else if (!below.isEmpty()) {
      boolean cells = below.stream().allMatch(child -> CommitteeNames.isCell(child.name(), child.symbol()));
      lines.add(cells ? "- Các chi bộ trực thuộc," : "- Các cấp ủy trực thuộc,");
    }
    lines.add(CommitteeNames.isCell(committee.name(), committee.symbol()) ? "- Lưu Chi bộ."
        : "- Lưu Văn phòng " + CommitteeNames.word(committee.name()) + ".");
    return lines;
  }
}
