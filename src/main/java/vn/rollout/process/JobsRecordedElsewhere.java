package vn.rollout.process;

import java.util.Set;

/**
 * Job types whose creation and success a module's own table already records (a reminder's {@code recorded_at}
 * and {@code sent_at}): their job log keeps its failures and deletions only ({@link CopiedValuesHistory}).
 */
public interface JobsRecordedElsewhere {

  /** The job handler types ({@code JobHandler#getType}) of jobs that have no job definition. */
  Set<String> jobTypesRecordedElsewhere();
}
