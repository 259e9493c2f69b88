package vn.rollout.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.FormRejection;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.programme.AmendmentEffects;
import vn.rollout.programme.ProgrammeAmendments;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * "Cập nhật chương trình và việc thực hiện", in the standing committee's approval's transaction: the
 * programme keeps its earlier version, its items change, and so do their executions. A change that no
 * longer holds refuses the approval (nothing applied).
 */
@Component("applyAmendmentDelegate")
class ApplyAmendmentDelegate implements JavaDelegate {

  private final ProgrammeAmendments amendments;
  private final ItemExecutions executions;

  ApplyAmendmentDelegate(ProgrammeAmendments amendments, ItemExecutions executions) {
    this.amendments = amendments;
    this.executions = executions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long amendmentId = ((Number) execution.getVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID)).longValue();
    try {
      AmendmentEffects effects = amendments.apply(amendmentId);
      if (!effects.added().isEmpty() && !executions.running(effects.resolutionId(), effects.committeeCode())) {
        throw new InvalidInputException(ProgrammeAmendmentProcess.FormFields.DECISION,
            "Các nhiệm vụ của chương trình không còn đang thực hiện: không thể thêm nhiệm vụ mới.");
      }
      executions.apply(effects, "sửa đổi chương trình " + effects.symbol() + " được phê duyệt ngày "
          + VietnameseFormat.date(vn.rollout.shared.EngineTime.today()) + ". Lý do: " + effects.reason());
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}
