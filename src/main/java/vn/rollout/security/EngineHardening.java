package vn.rollout.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's side of SECURITY.md, with Camunda's own extension points:
 * <ul>
 *   <li>expressions see only the beans models may use ({@link ModelBeans}), not the whole application context;</li>
 *   <li>every new deployment is checked before the engine parses it ({@link ModelContentCheck});</li>
 *   <li>no expressions in ad-hoc task queries, {@code orQueries} included ({@link AdhocQueryExpressionGuard}),
 *       nor in filters saved by a signed-in user ({@link ExpressionFreeFilters});</li>
 *   <li>only administrators delete a deployment together with its instances ({@link CascadeDeletionGuard});</li>
 *   <li>only administrators read, change, run or delete a job of no process instance ({@link StandaloneJobs});</li>
 *   <li>running a job checks the caller's right before the job runs ({@link JobExecutionGuard});</li>
 *   <li>a task's comments and attachments read by id, and its attachments changed, only with the right to the task ({@link TaskCommentsAndAttachments});</li>
 *   <li>a task submitted, completed or resolved by someone signed in sets only the fields of its form
 *       ({@link FormFieldsOnly}, {@link FormSubmissions});</li>
 *   <li>a process instance started by someone signed in starts at its start with only its start form's
 *       fields ({@link FormFieldsOnly#checkStart}, {@link InstanceStarts});</li>
 *   <li>a task's permission reads in history the variables of that task, not of its whole instance
 *       ({@link TaskLocalHistoricVariables});</li>
 *   <li>the engine refuses to start when a setting the model relies on is off (below);</li>
 *   <li>users saved by someone signed in pass the import's rules for names and emails, and a password
 *       against the policy is a 400 naming its rules, and REST callers remembered for a minute are
 *       forgotten when a password is wrong or identities change ({@link IdentityGuard});</li>
 *   <li>the groups of the model exist ({@link SecurityGroups});</li>
 *   <li>a task's candidates get Camunda's own grants on it, without a lookup for a task not yet written
 *       ({@link NewTaskGrants}).</li>
 * </ul>
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;
  private final RecentBasicCallers recentCallers;

  EngineHardening(ApplicationContext applicationContext, RecentBasicCallers recentCallers) {
    this.applicationContext = applicationContext;
    this.recentCallers = recentCallers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelBeans beans = new ModelBeans(applicationContext);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));

    List<Deployer> preDeployers = new ArrayList<>();
    preDeployers.add(new ModelContentCheck(beans));
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(preDeployers);

    configuration.setResourceAuthorizationProvider(new NewTaskGrants());
    configuration.setIdentityService(new IdentityGuard(recentCallers));
    configuration.setFilterService(new ExpressionFreeFilters(configuration.getIdentityService()));
    configuration.setRepositoryService(new CascadeDeletionGuard(configuration.getIdentityService()));
    configuration.setManagementService(new JobExecutionGuard(configuration));
    FormFieldsOnly formFields = new FormFieldsOnly(configuration);
    configuration.setFormService(new FormSubmissions(formFields));
    configuration.setRuntimeService(new InstanceStarts(formFields));
    configuration.setTaskService(new TaskCommentsAndAttachments(configuration, formFields));

    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new AdhocQueryExpressionGuard(configuration));
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

    List<SessionFactory> managers = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      managers.addAll(configuration.getCustomSessionFactories());
    }
    managers.add(new ReplacedManager(JobManager.class, GuardedJobManager::new));
    managers.add(new ReplacedManager(JobDefinitionManager.class, GuardedJobDefinitionManager::new));
    managers.add(new ReplacedManager(IncidentManager.class, GuardedIncidentManager::new));
    managers.add(new ReplacedManager(AuthorizationManager.class, TaskLocalHistoricVariables::new));
    configuration.setCustomSessionFactories(managers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<String> unsafe = new ArrayList<>();
    require(configuration.isAuthorizationEnabled(), "authorization checks (camunda.bpm.authorization.enabled: true)", unsafe);
    require(configuration.isEnablePasswordPolicy(), "the password policy (enable-password-policy: true)", unsafe);
    require(configuration.isEnableHistoricInstancePermissions(),
        "permissions on historic instances (enable-historic-instance-permissions: true)", unsafe);
    require(!configuration.isEnableExpressionsInAdhocQueries(),
        "no expressions in ad-hoc queries (enable-expressions-in-adhoc-queries: false)", unsafe);
    require(!configuration.isEnableXxeProcessing(), "no XML external entities (enable-xxe-processing: false)", unsafe);
    require(!configuration.isJavaSerializationFormatEnabled(),
        "no Java-serialized variables (java-serialization-format-enabled: false)", unsafe);
    require(configuration.getQueryMaxResultsLimit() < Integer.MAX_VALUE,
        "a limit on query results (query-max-results-limit)", unsafe);
    if (!unsafe.isEmpty()) {
      throw new IllegalStateException("Refusing to start an engine without " + String.join(", ", unsafe)
          + " (see SECURITY.md)");
    }
  }

  private static void require(boolean setting, String description, List<String> unsafe) {
    if (!setting) {
      unsafe.add(description);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    StandaloneJobs.fileExistingJobs(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    SecurityGroups.ensure(processEngine);
  }
}
