package vn.rollout.organisation;

import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.shared.ConflictException;

/**
 * Imports the organisation from CSV files, all or nothing: the files are checked completely first,
 * then the domain tables and Camunda's identity are brought up to date in one transaction. Rows
 * that are already right are not written, so importing the same files again changes nothing.
 * Committees, units and officials that the files leave out are left as they are, so that a partial
 * set of files (one province, only the officials) can be imported.
 */
@Service
@EnableConfigurationProperties(OrganisationProperties.class)
class OrganisationImport {

  private static final Logger log = LoggerFactory.getLogger(OrganisationImport.class);

  private final OrganisationTables tables;
  private final OrganisationIdentity identity;
  private final TransactionTemplate transaction;
  private final String initialPassword;
  private final IdentityService identityService;

  OrganisationImport(OrganisationTables tables, OrganisationIdentity identity, TransactionTemplate transaction,
      OrganisationProperties properties, IdentityService identityService) {
    this.tables = tables;
    this.identity = identity;
    this.transaction = transaction;
    this.initialPassword = properties.setsInitialPassword() ? properties.initialPassword() : null;
    this.identityService = identityService;
  }

  /**
   * One import at a time: each reads the whole state before it writes. The caller has been checked
   * (an administrator, or the start-up); the import then writes as the engine itself, without the
   * caller's authentication. With an authenticated user, every identity call would check
   * authorizations, which loads the ids of every group that has an authorization (one per organ)
   * and keeps them until the transaction ends: quadratic in time and memory within one import.
   */
  synchronized ImportSummary importFiles(OrganisationFiles files) {
    long start = System.nanoTime();
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    ImportSummary summary;
    try {
      summary = transaction.execute(status -> {
        OrganisationState stored = tables.load();
        OrganisationIdentity.IdentityState identityState = identity.load();
        Predicate<Official> passwordAllowed =
            initialPassword == null ? null : official -> identity.allowsInitialPassword(official, initialPassword);
        ImportPlan plan = new ImportValidation(stored, identityState.users().keySet(), passwordAllowed).check(files);
        ImportSummary written = tables.write(plan);
        identity.write(plan, identityState, initialPassword);
        return written;
      });
    } catch (OptimisticLockingException e) {
      throw new ConflictException(null, "the organisation was changed by someone else during the import; import again");
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    log.info("Imported the organisation for {} in {} ms: {}", caller == null ? "the start-up" : caller.getUserId(),
        (System.nanoTime() - start) / 1_000_000, summary);
    return summary;
  }
}
