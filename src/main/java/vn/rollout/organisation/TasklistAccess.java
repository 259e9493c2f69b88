package vn.rollout.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * What every official gets in Tasklist, through the group {@value TaskGroups#OFFICIALS}: the
 * application itself and five shared Vietnamese filters. The filters exist once, owned by the
 * administrator and shared by a READ authorization, not copied per official. Which tasks a filter
 * shows is still Camunda's task authorization: a task's candidate group gets READ and TASK_WORK on it
 * (engine property {@code defaultUserPermissionNameForTask}), an official sees the tasks of their own
 * group and nothing else.
 */
@Component
class TasklistAccess {

  static final String TASKLIST = "tasklist";
  /** The filter property that marks a filter as one of the product's, by key, so that it is created once. */
  static final String FILTER_KEY_PROPERTY = "rolloutFilter";

  /**
   * What every task card shows besides the task's name (the filter property {@code variables}): the
   * resolution's symbol and the committee, task-local variables every rollout task has ({@code TaskHeading}).
   */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", ResolutionRolloutProcess.FormFields.RESOLUTION_SYMBOL, "label", "Nghị quyết"),
      Map.of("name", ResolutionRolloutProcess.FormFields.COMMITTEE_NAME, "label", "Cấp ủy"));

  /** The shared filters, in Tasklist's order. */
  enum SharedFilter {
    MY_TASKS("my-tasks", "Việc của tôi", "Việc đang giao cho tôi",
        query -> query.taskAssigneeExpression("${currentUser()}")),
    UNIT_TASKS("unit-tasks", "Việc của đơn vị", "Việc giao cho đơn vị của tôi, chưa ai nhận",
        query -> query.taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()),
    OVERDUE("overdue", "Quá hạn", "Việc đã quá hạn xử lý",
        query -> query.dueBeforeExpression("${now()}")),
    DUE_IN_7_DAYS("due-in-7-days", "Đến hạn trong 7 ngày", "Việc đến hạn trong 7 ngày tới",
        query -> query.dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")),
    /**
     * Issue 25: the items the caller's unit coordinates (a read-only "Theo dõi nội dung phối hợp" task per item and
     * coordinator while the item runs) and the contributions its lead asks of it for a quarterly report.
     */
    COORDINATION("coordination", "Phối hợp thực hiện", "Nội dung đơn vị của tôi phối hợp thực hiện và đóng góp báo cáo quý",
        query -> query.taskCandidateGroupInExpression("${currentUserGroups()}")
            .processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
            .taskDefinitionKeyIn(ProgrammeItemExecutionProcess.TASK_FOLLOW_COORDINATED_ITEM,
                ProgrammeItemExecutionProcess.TASK_CONTRIBUTE_TO_PROGRESS));

    final String key;
    final String label;
    final String description;
    final UnaryOperator<TaskQuery> criteria;

    SharedFilter(String key, String label, String description, UnaryOperator<TaskQuery> criteria) {
      this.key = key;
      this.label = label;
      this.description = description;
      this.criteria = criteria;
    }
  }

  private final OrganisationIdentity identity;
  static final String AD_HOC_INSPECTION = vn.rollout.process.InspectionProcess.AD_HOC_KEY;
  static final String PROGRAMME_AMENDMENT = vn.rollout.process.ProgrammeAmendmentProcess.KEY;

  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final String owner;

  TasklistAccess(OrganisationIdentity identity, AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService, CamundaBpmProperties camunda) {
    this.identity = identity;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.owner = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
  }

  /** Creates whatever is missing; run at every start-up. */
  void ensure() {
    identity.ensureOfficialsGroup();
    grantOfficials(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    // Tasklist shows a task's process name and diagram only to those who may read the definition;
    // definitions are the models every committee runs, no committee's data (instances stay closed).
    grantOfficials(Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    // the processes an official starts in Tasklist: an ad-hoc inspection; who may (a superior's
    // inspection committee) is checked when the start form is submitted (supervision/)
    grantOfficials(Resources.PROCESS_DEFINITION, AD_HOC_INSPECTION, Permissions.CREATE_INSTANCE);
    // and the amendment of an approved programme; only the committee's own office may (programme/)
    grantOfficials(Resources.PROCESS_DEFINITION, PROGRAMME_AMENDMENT, Permissions.CREATE_INSTANCE);
    grantOfficials(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    Map<String, Filter> existing = new HashMap<>();
    for (Filter filter : filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).unlimitedList()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(FILTER_KEY_PROPERTY);
      if (key != null) {
        existing.put(key.toString(), filter);
      }
    }
    for (SharedFilter shared : SharedFilter.values()) {
      Filter filter = existing.get(shared.key);
      if (filter == null) {
        filter = filterService.newTaskFilter(shared.label)
            .setOwner(owner)
            .setQuery(shared.criteria.apply(taskService.createTaskQuery()))
            .setProperties(Map.of(
                FILTER_KEY_PROPERTY, shared.key,
                "description", shared.description,
                "priority", shared.ordinal() + 1,
                "refresh", true,
                "variables", CARD_VARIABLES,
                "showUndefinedVariable", false));
        filterService.saveFilter(filter);
      } else if (!CARD_VARIABLES.equals(filter.getProperties().get("variables"))) {
        // a filter saved by an earlier version: its cards gain the resolution and the committee
        Map<String, Object> properties = new HashMap<>(filter.getProperties());
        properties.put("variables", CARD_VARIABLES);
        properties.put("showUndefinedVariable", false);
        filter.setProperties(properties);
        filterService.saveFilter(filter);
      }
      grantOfficials(Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private void grantOfficials(Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(TaskGroups.OFFICIALS)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(TaskGroups.OFFICIALS);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    } else if (grant.isPermissionGranted(permission)) {
      return;
    }
    grant.addPermission(permission);
    authorizationService.saveAuthorization(grant);
  }
}
