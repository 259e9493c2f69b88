package vn.rollout.resolution;

import static vn.rollout.process.ResolutionRegistrationProcess.Fields;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.FormRejection;
import vn.rollout.process.ResolutionRegistrationProcess;
import vn.rollout.shared.ConflictException;
import vn.rollout.shared.InvalidInputException;

/**
 * "Đăng ký nghị quyết, khởi động triển khai": registers the resolution of the start form, as its
 * submitter. A refused registration throws, so the start form's submission is rolled back whole and
 * Tasklist shows why.
 */
@Component("registerResolutionDelegate")
class RegisterResolutionDelegate implements JavaDelegate {

  private final ResolutionRegistration registration;

  RegisterResolutionDelegate(ResolutionRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegisteredResolution registered;
    try {
      registered = registration.register(request(execution),
          execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    } catch (ConflictException e) {
      throw FormRejection.of(e.field(), e.getMessage());
    } catch (AuthorizationException e) {
      throw FormRejection.of(Fields.ISSUING_COMMITTEE, e.getMessage());
    }
    execution.setVariable(ResolutionRegistrationProcess.Variables.RESOLUTION_ID, registered.id());
    execution.setVariable(ResolutionRegistrationProcess.Variables.ROLLOUT_BUSINESS_KEY, registered.businessKey());
  }

  private static RegisterResolution request(DelegateExecution execution) {
    return new RegisterResolution(
        text(execution, Fields.SYMBOL),
        text(execution, Fields.TITLE),
        text(execution, Fields.ISSUING_COMMITTEE),
        date(execution, Fields.TERM_FROM),
        date(execution, Fields.TERM_TO),
        date(execution, Fields.STUDY_DUE),
        date(execution, Fields.PROGRAMME_DUE),
        date(execution, Fields.MID_TERM_REPORT_CUTOFF),
        date(execution, Fields.MID_TERM_CONFERENCE_BY),
        date(execution, Fields.FINAL_REPORT_CUTOFF),
        text(execution, Fields.INSPECTION_CYCLE),
        text(execution, Fields.LEVEL_OFFSET));
  }

  private static String text(DelegateExecution execution, String field) {
    Object value = execution.getVariable(field);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(DelegateExecution execution, String field) {
    String text = text(execution, field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw FormRejection.of(field, "Ngày \"" + text + "\" không đúng định dạng năm-tháng-ngày.");
    }
  }
}
