package vn.rollout.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * HTTP Basic callers the engine accepted in the last minute ({@code rollout.security.basic-authentication-cache}),
 * with their groups and tenants, so that a REST client's next call is not three more round trips to the
 * database (the password check, the groups, the tenants) before its own query. Tasklist and Cockpit hold
 * the same in their session (Camunda's webapp authentication cache, five minutes).
 *
 * <p>Only what the engine accepted is remembered, under a salted SHA-256 of the user and the password
 * (the password itself is never kept; the salt is new with every start). A wrong password is never
 * answered here: it goes to the engine, which counts it, and it forgets the user's remembered calls, so
 * that the engine's login delay and lock-out apply to the next call at once, whether the wrong password came
 * over REST or through the webapps' login ({@link IdentityGuard}). Every change to users, groups,
 * memberships or tenants through the engine's identity service forgets everyone, again once its
 * transaction has ended. What is left is a change written to the identity tables without the engine on
 * another node, which this node sees within the time to live (SECURITY.md).
 */
@Component
public class RecentBasicCallers {

  /** Callers remembered at most; the least recently used go first. */
  static final int MAX_CALLERS = 10_000;

  private static final Object FORGET_AFTER_TRANSACTION = new Object();

  /** What the engine answered for a caller: the groups and tenants of the request's authentication. */
  public record Caller(List<String> groups, List<String> tenants) {
    public Caller {
      groups = List.copyOf(groups);
      tenants = List.copyOf(tenants);
    }
  }

  private record Key(String userId, String digest) {}

  private final Cache<Key, Caller> callers;
  private final byte[] salt = new byte[32];

  RecentBasicCallers(@Value("${rollout.security.basic-authentication-cache:60s}") Duration timeToLive) {
    this.callers = timeToLive.isZero() || timeToLive.isNegative() ? null
        : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(MAX_CALLERS).build();
    new SecureRandom().nextBytes(salt);
  }

  /** The caller remembered for this user and password, or null. */
  public Caller find(String userId, String password) {
    return callers == null ? null : callers.getIfPresent(key(userId, password));
  }

  /** Remembers a caller the engine has just accepted with this password. */
  public void remember(String userId, String password, Caller caller) {
    if (callers != null) {
      callers.put(key(userId, password), caller);
    }
  }

  /** Forgets every password remembered for this user (a wrong one was just tried). */
  public void forget(String userId) {
    if (callers != null) {
      callers.asMap().keySet().removeIf(key -> key.userId().equals(userId));
    }
  }

  /**
   * Forgets everyone: users, groups, memberships or tenants changed. Inside a transaction, again when it
   * ends, so that a call served between now and the commit is not remembered with the old memberships.
   */
  public void forgetAll() {
    if (callers == null) {
      return;
    }
    callers.invalidateAll();
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.hasResource(FORGET_AFTER_TRANSACTION)) {
      TransactionSynchronizationManager.bindResource(FORGET_AFTER_TRANSACTION, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(FORGET_AFTER_TRANSACTION);
          callers.invalidateAll();
        }
      });
    }
  }

  long size() {
    if (callers == null) {
      return 0;
    }
    callers.cleanUp();
    return callers.estimatedSize();
  }

  private Key key(String userId, String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      sha256.update(userId.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(password.getBytes(StandardCharsets.UTF_8));
      return new Key(userId, Base64.getEncoder().encodeToString(sha256.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
