package vn.rollout.shared;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lookups remembered for one transaction: a rollout's start, or a cascade batch's hundred starts, asks
 * for the same committee and resolution from many places (organs, Cockpit grants, the task heading, each
 * deadline's timer), and neither changes inside such a transaction, or only through the class that
 * remembers it.
 */
public final class TransactionScoped {

  private TransactionScoped() {}

  /**
   * The map bound to the current transaction under {@code key}, made on first use and dropped when the
   * transaction completes; {@code null} outside a transaction, where nothing is remembered.
   */
  public static <K, V> Map<K, V> map(Object key) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<K, V> bound = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
    if (bound == null) {
      bound = new HashMap<>();
      TransactionSynchronizationManager.bindResource(key, bound);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return bound;
  }
}
