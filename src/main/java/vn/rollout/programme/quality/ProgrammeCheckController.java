package vn.rollout.programme.quality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.resolution.Term;
import vn.rollout.shared.InvalidInputException;

/**
 * {@code POST /api/programmes/check}: any signed-in user checks a draft programme against the
 * superior's, as the programme phase's check step does. Nothing is stored. A request above
 * {@link ProgrammeLimits} is answered 400 naming the field.
 */
@RestController
class ProgrammeCheckController {

  private final ProgrammeQualityCheck check;

  ProgrammeCheckController(ProgrammeQualityCheck check) {
    this.check = check;
  }

  @PostMapping("/api/programmes/check")
  Answer check(@RequestBody Request request) {
    CheckRequestLimits.verify(request);
    Programme programme = request.programme() == null ? new Programme(null, null, null) : request.programme();
    CheckResult result = check.check(term(programme.term()), items(programme.items()),
        request.parent() == null ? List.of() : items(request.parent().items()));
    return new Answer(result.verdict(), result.copyScore(), result.findings().stream()
        .map(f -> new AnswerFinding(f.item(), f.kind(), f.parentItem(), f.similarity(), f.message()))
        .toList());
  }

  private static Term term(TermJson term) {
    if (term == null) {
      return null;
    }
    if (term.from() != null && term.to() != null && term.from().isAfter(term.to())) {
      throw new InvalidInputException("programme.term.to", "programme.term.to is before programme.term.from");
    }
    return new Term(term.from(), term.to());
  }

  private static List<ProgrammeItem> items(List<Item> items) {
    if (items == null) {
      return List.of();
    }
    return items.stream().map(item -> item == null ? null : new ProgrammeItem(item.content(), item.lead(),
        item.coordinators() == null ? List.of() : item.coordinators().stream().filter(Objects::nonNull).toList(),
        item.budgetVnd(), item.manpower(), item.start(), item.deadline(), item.output(), item.target())).toList();
  }

  record Request(Programme programme, Parent parent) {}

  record Programme(@JsonDeserialize(using = StrictJson.Text.class) String committee, TermJson term, List<Item> items) {}

  record TermJson(
      @JsonDeserialize(using = StrictJson.Date.class) LocalDate from,
      @JsonDeserialize(using = StrictJson.Date.class) LocalDate to) {}

  record Parent(List<Item> items) {}

  record Item(
      @JsonDeserialize(using = StrictJson.Text.class) String content,
      @JsonDeserialize(using = StrictJson.Text.class) String lead,
      @JsonDeserialize(contentUsing = StrictJson.Text.class) List<String> coordinators,
      @JsonDeserialize(using = StrictJson.Amount.class) Long budgetVnd,
      @JsonDeserialize(using = StrictJson.Text.class) String manpower,
      @JsonDeserialize(using = StrictJson.Date.class) LocalDate start,
      @JsonDeserialize(using = StrictJson.Date.class) LocalDate deadline,
      @JsonDeserialize(using = StrictJson.Text.class) String output,
      @JsonDeserialize(using = StrictJson.Text.class) String target) {}

  record Answer(CheckResult.Verdict verdict, double copyScore, List<AnswerFinding> findings) {}

  record AnswerFinding(Integer item, FindingKind kind, Integer parentItem, Double similarity, String message) {}
}
