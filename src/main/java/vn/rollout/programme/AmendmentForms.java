package vn.rollout.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.process.ProgrammeAmendmentProcess.FormFields;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.VietnameseFormat;

/** What the amendment's forms show: the programme's items as they stand, each with its status. */
@Component
class AmendmentForms {

  private final ProgrammeItems items;
  private final ProgrammeLeads leads;
  private final TaskHeading heading;
  private final ProgrammeAmendments amendments;

  AmendmentForms(ProgrammeItems items, ProgrammeLeads leads, TaskHeading heading, ProgrammeAmendments amendments) {
    this.items = items;
    this.leads = leads;
    this.heading = heading;
    this.amendments = amendments;
  }

  /** The amendment a task works on, and the programme it amends. */
  record Opened(long amendmentId, ProgrammeAmendments.Amendment amendment, Programme programme) {}

  /**
   * Opens one of the amendment's tasks: its heading, its name ({@code title} and the programme's symbol),
   * the programme's symbol and its items as they stand.
   */
  Opened open(DelegateTask task, String title) {
    heading.present(task);
    long amendmentId = ((Number) task.getVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID)).longValue();
    Programme programme = amendments.programme(amendmentId);
    task.setName(title + " " + programme.symbol());
    task.setVariableLocal(FormFields.PROGRAMME_SYMBOL, programme.symbol());
    task.setVariableLocal(FormFields.CURRENT_ITEMS, JsonVariables.json(currentItems(programme)));
    return new Opened(amendmentId, amendments.find(amendmentId), programme);
  }

  /** The proposal's changes, a line each. */
  String proposalText(long amendmentId) {
    return String.join("\n", amendments.describe(amendmentId).stream().map(line -> "- " + line).toList());
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
