package vn.rollout.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;

/**
 * {@code GET /api/committees/{code}/programme/versions?resolution={id}}: the committee's programme as it stood
 * before each approved amendment, with who proposed and approved the amendment, when and why; for the office of
 * the committee or of a committee above it (the programme document's rule). Oldest first; empty when the
 * programme was never amended.
 */
@RestController
class ProgrammeVersionsController {

  /** One earlier version: its items as they stood, and the amendment that replaced it. */
  record VersionJson(int version, String reason, String proposedBy, String approvedBy, Instant supersededAt, JsonNode items) {}

  private final Programmes programmes;
  private final ProgrammeAmendments amendments;
  private final Resolutions resolutions;
  private final CommitteeDirectory committees;
  private final CommitteeAccess access;
  private final ObjectMapper json = new ObjectMapper();

  ProgrammeVersionsController(Programmes programmes, ProgrammeAmendments amendments, Resolutions resolutions,
      CommitteeDirectory committees, CommitteeAccess access) {
    this.programmes = programmes;
    this.amendments = amendments;
    this.resolutions = resolutions;
    this.committees = committees;
    this.access = access;
  }

  @GetMapping("/api/committees/{code}/programme/versions")
  @Transactional(readOnly = true)
  List<VersionJson> versions(@PathVariable String code, @RequestParam long resolution) {
    resolutions.find(resolution)
        .orElseThrow(() -> new InvalidInputException("resolution", "Không có nghị quyết mã số " + resolution + "."));
    committees.find(code)
        .orElseThrow(() -> new InvalidInputException("committee", "Không có cấp ủy mã \"" + code + "\" trong danh mục tổ chức."));
    access.require(Role.OFFICE, code);
    Programme programme = programmes.approved(resolution, code)
        .orElseThrow(() -> new NotFoundException("committee", "Cấp ủy chưa có chương trình hành động được phê duyệt."));
    return amendments.versions(programme.id()).stream()
        .map(version -> new VersionJson(version.version(), version.reason(), version.proposedBy(), version.approvedBy(),
            version.supersededAt(), items(version.itemsJson())))
        .toList();
  }

  private JsonNode items(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored programme version is not JSON", e);
    }
  }
}
