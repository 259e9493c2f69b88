package vn.rollout.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.VietnameseFormat;

/** What the amendment's forms show: the programme's items as they stand, each with its status. */
@Component
class AmendmentForms {

  private final ProgrammeItems items;
  private final ProgrammeLeads leads;

  AmendmentForms(ProgrammeItems items, ProgrammeLeads leads) {
    this.items = items;
    this.leads = leads;
  }

  List<Map<String, String>> currentItems(Programme programme) {
    Map<String, String> names = leads.names(programme.committeeCode());
    List<ExecutionItem> current = items.of(programme.resolutionId(), programme.committeeCode());
    List<Map<String, String>> rows = new ArrayList<>();
    LocalDate today = EngineTime.today();
    for (int i = 0; i < current.size(); i++) {
      ExecutionItem item = current.get(i);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("number", String.valueOf(i + 1));
      row.put("content", item.content());
      row.put("lead", item.leadGroup() == null ? "" : names.getOrDefault(item.leadGroup(), item.leadGroup()));
      row.put("deadline", VietnameseFormat.date(item.dueDate() != null ? item.dueDate() : item.deadline()));
      row.put("output", item.output() == null ? "" : item.output());
      row.put("status", item.statusOn(today).label() + " (" + item.progressPercent() + "%)");
      rows.add(row);
    }
    return rows;
  }

  List<LeadOption> leadOptions(String committeeCode) {
    return leads.options(committeeCode);
  }
}
