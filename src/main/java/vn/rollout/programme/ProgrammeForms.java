package vn.rollout.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.rollout.programme.quality.Finding;
import vn.rollout.resolution.Targets;
import vn.rollout.shared.VietnameseFormat;

/** What the programme forms show: the draft with its findings, and programmes as read-only tables. */
@Component
class ProgrammeForms {

  private final Programmes programmes;
  private final ProgrammeLeads leads;
  private final Targets targets;

  ProgrammeForms(Programmes programmes, ProgrammeLeads leads, Targets targets) {
    this.programmes = programmes;
    this.leads = leads;
    this.targets = targets;
  }

  /** The resolution's targets as the draft form offers them: "2. Tỷ lệ hộ nghèo (%): 1,2 (2024) → 0,5 (2030)". */
  List<LeadOption> targetOptions(long resolutionId) {
    return targets.of(resolutionId).stream()
        .map(target -> new LeadOption((target.position() + 1) + ". " + target.name() + " (" + target.unit() + "): "
            + VietnameseFormat.number(target.baseline()) + " (" + target.baselineYear() + ") → "
            + VietnameseFormat.number(target.target()) + " (" + target.targetYear() + ")", String.valueOf(target.id())))
        .toList();
  }

  List<LeadOption> leadOptions(String committeeCode) {
    return leads.options(committeeCode);
  }

  /** The draft to edit, each item with what the last check found wrong with it; one blank item to start. */
  List<DraftItem> draft(Programme programme) {
    if (programme == null) {
      return List.of(new DraftItem(null, null, List.of(), false, null, null, null, null, null, null, null, List.of()));
    }
    Map<Integer, String> findings = programme.status() == Programme.Status.CHECK_FAILED
        ? programmes.findings(programme.id()).stream()
            .filter(finding -> finding.item() != null)
            .collect(Collectors.groupingBy(Finding::item, LinkedHashMap::new,
                Collectors.mapping(Finding::message, Collectors.joining(" "))))
        : Map.of();
    List<ProgrammeEntry> entries = programmes.entries(programme.id());
    Map<Integer, List<Long>> served = programmes.targetLinks(programme.id());
    List<DraftItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ProgrammeEntry entry = entries.get(i);
      boolean noBudget = entry.budgetVnd() != null && entry.budgetVnd() == 0;
      items.add(new DraftItem(entry.content(), entry.lead(), entry.coordinators(),
          noBudget, noBudget ? null : entry.budgetVnd(), entry.manpower(), text(entry.start()), text(entry.deadline()),
          entry.output(), entry.target(), findings.get(i),
          served.getOrDefault(i, List.of()).stream().map(String::valueOf).toList()));
    }
    return items;
  }

  /** The last check's findings, each naming its item: "Nhiệm vụ 2: Chưa xác định đơn vị chủ trì." */
  List<String> checkFindings(Programme programme) {
    if (programme == null || programme.status() != Programme.Status.CHECK_FAILED) {
      return List.of();
    }
    return programmes.findings(programme.id()).stream()
        .map(finding -> finding.item() == null ? finding.message() : "Nhiệm vụ " + (finding.item() + 1) + ": " + finding.message())
        .toList();
  }

  /**
   * A programme as a table that fits beside Tasklist's list: who leads and coordinates by name, the
   * means (budget in đồng, manpower), the period (dd/MM/yyyy) and the output with its target.
   */
  List<Map<String, String>> table(Programme programme) {
    Map<String, String> names = leads.names(programme.committeeCode());
    List<ProgrammeEntry> entries = programmes.entries(programme.id());
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ProgrammeEntry entry = entries.get(i);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("number", String.valueOf(i + 1));
      row.put("content", entry.content());
      row.put("lead", entry.lead() == null ? "" : names.getOrDefault(entry.lead(), entry.lead()));
      row.put("coordinators", entry.coordinators().stream().map(group -> names.getOrDefault(group, group))
          .collect(Collectors.joining("; ")));
      String budget = entry.budgetVnd() == null ? "Chưa nêu kinh phí"
          : entry.budgetVnd() == 0 ? "Không cần kinh phí" : VietnameseFormat.money(entry.budgetVnd());
      row.put("means", entry.manpower() == null ? budget : budget + "; " + entry.manpower());
      row.put("period", entry.start() == null ? "đến " + VietnameseFormat.date(entry.deadline())
          : VietnameseFormat.period(entry.start(), entry.deadline()));
      row.put("deadline", VietnameseFormat.date(entry.deadline()));
      // the approval table's merged columns, so that it fits beside Tasklist's list at 1366 px
      row.put("who", row.get("coordinators").isEmpty() ? row.get("lead")
          : row.get("lead") + "; phối hợp: " + row.get("coordinators"));
      row.put("schedule", row.get("period") + "; " + row.get("means"));
      String output = entry.output() == null ? "" : entry.output();
      row.put("output", entry.target() == null ? output : output + " (chỉ tiêu: " + entry.target() + ")");
      rows.add(row);
    }
    return rows;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
