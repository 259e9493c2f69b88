package vn.rollout.security;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, with the checks Camunda 7.24 leaves out for a task's comments and
 * attachments (found by the leak matrix):
 * <ul>
 *   <li>reading one comment or attachment by its id ({@code GET /task/{id}/comment/{commentId}},
 *       {@code /attachment/{id}} and its {@code /data}) needs the right to read the task (its history:
 *       a completed task's comments stay readable to whoever had it), as reading the list does;
 *       otherwise there is nothing to find (the REST API answers 404);</li>
 *   <li>adding, changing or deleting an attachment needs the right to work on the task (its candidate
 *       groups, its assignee) or on the process instance it is attached to; Camunda checks nothing, so
 *       anyone signed in deleted any task's attachments.</li>
 * </ul>
 * And a rule of the product's (issue 27): a task's due and follow-up dates are the committee's deadline,
 * moved only through the extension round; only an administrator changes them on a task
 * ({@code PUT /task/{id}}, Tasklist's date editor, which the product hides from officials).
 * And completing or resolving a task with variables sets only the fields of its form ({@link FormFieldsOnly}),
 * as submitting its form does ({@link FormSubmissions}).
 * The engine's own work (nobody signed in) is unaffected.
 */
final class TaskCommentsAndAttachments extends TaskServiceImpl {

  private final ProcessEngineConfigurationImpl configuration;
  private final FormFieldsOnly formFields;

  TaskCommentsAndAttachments(ProcessEngineConfigurationImpl configuration, FormFieldsOnly formFields) {
    this.configuration = configuration;
    this.formFields = formFields;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    formFields.check(taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
    formFields.check(taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    formFields.check(taskId, variables);
    super.resolveTask(taskId, variables);
  }

  private Authentication caller() {
    return configuration.isAuthorizationEnabled() ? configuration.getIdentityService().getCurrentAuthentication() : null;
  }

  private boolean mayRead(String taskId) {
    return caller() == null
        || taskId != null && configuration.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
  }

  private void requireWork(String taskId, String processInstanceId) {
    Authentication caller = caller();
    if (caller == null) {
      return;
    }
    boolean allowed = taskId != null
        ? authorized(caller, Permissions.UPDATE, Resources.TASK, taskId) || authorized(caller, TaskPermissions.TASK_WORK, Resources.TASK, taskId)
        : processInstanceId != null && authorized(caller, Permissions.UPDATE, Resources.PROCESS_INSTANCE, processInstanceId);
    if (!allowed) {
      throw new AuthorizationException("Đồng chí không có quyền thay đổi tài liệu đính kèm của công việc này. "
          + "Only who may work on the task changes its attachments.");
    }
  }

  private boolean authorized(Authentication caller, Permission permission, Resources resource, String resourceId) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return configuration.getAuthorizationService().isUserAuthorized(caller.getUserId(), groups, permission, resource, resourceId);
  }

  static final String DATES_ARE_THE_COMMITTEES = "Hạn xử lý và ngày theo dõi của công việc do cấp ủy quyết định, "
      + "đồng chí không thể sửa trên công việc. Cần lùi hạn thì gửi đề nghị gia hạn.";

  @Override
  public void saveTask(org.camunda.bpm.engine.task.Task task) {
    Authentication caller = caller();
    if (caller != null && task.getId() != null
        && (caller.getGroupIds() == null || !caller.getGroupIds().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN))) {
      org.camunda.bpm.engine.task.Task stored = createTaskQuery().taskId(task.getId()).singleResult();
      if (stored != null && (!sameInstant(stored.getDueDate(), task.getDueDate())
          || !sameInstant(stored.getFollowUpDate(), task.getFollowUpDate()))) {
        throw new AuthorizationException(DATES_ARE_THE_COMMITTEES);
      }
    }
    super.saveTask(task);
  }

  private static boolean sameInstant(java.util.Date a, java.util.Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }

  @Override
  public Comment getTaskComment(String taskId, String commentId) {
    return mayRead(taskId) ? super.getTaskComment(taskId, commentId) : null;
  }

  @Override
  public Attachment getTaskAttachment(String taskId, String attachmentId) {
    return mayRead(taskId) ? super.getTaskAttachment(taskId, attachmentId) : null;
  }

  @Override
  public InputStream getTaskAttachmentContent(String taskId, String attachmentId) {
    return mayRead(taskId) ? super.getTaskAttachmentContent(taskId, attachmentId) : null;
  }

  @Override
  public Attachment getAttachment(String attachmentId) {
    Attachment attachment = super.getAttachment(attachmentId);
    return attachment == null || mayRead(attachment.getTaskId()) ? attachment : null;
  }

  @Override
  public InputStream getAttachmentContent(String attachmentId) {
    Attachment attachment = super.getAttachment(attachmentId);
    return attachment == null || mayRead(attachment.getTaskId()) ? super.getAttachmentContent(attachmentId) : null;
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
      String attachmentDescription, InputStream content) {
    requireWork(taskId, processInstanceId);
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, content);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
      String attachmentDescription, String url) {
    requireWork(taskId, processInstanceId);
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, url);
  }

  @Override
  public void saveAttachment(Attachment attachment) {
    Attachment stored = attachment == null || attachment.getId() == null ? null : super.getAttachment(attachment.getId());
    if (stored != null) {
      requireWork(stored.getTaskId(), stored.getProcessInstanceId());
    }
    super.saveAttachment(attachment);
  }

  @Override
  public void deleteAttachment(String attachmentId) {
    Attachment stored = super.getAttachment(attachmentId);
    if (stored != null) {
      requireWork(stored.getTaskId(), stored.getProcessInstanceId());
    }
    super.deleteAttachment(attachmentId);
  }

  @Override
  public void deleteTaskAttachment(String taskId, String attachmentId) {
    requireWork(taskId, null);
    super.deleteTaskAttachment(taskId, attachmentId);
  }
}
