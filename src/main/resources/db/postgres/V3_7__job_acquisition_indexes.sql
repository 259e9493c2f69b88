-- The job executor's acquisition query (Camunda's selectNextJobsToExecute) runs every time a node
-- looks for work. Camunda 7.24's schema has no index for either of its conditions, so on PostgreSQL
-- it read the whole of ACT_RU_JOB twice per acquisition: once for jobs that are due, once (the
-- hashed NOT EXISTS) for exclusive jobs locked right now. ACT_RU_JOB holds every rollout's future
-- timers (reminders, deadlines, cut-offs, cycles), several for each of tens of thousands of rollouts at
-- national scale, so every acquisition grew with them: 38-55 ms a query with 20,000 future timers, half
-- the database's time in a cascade (BENCHMARKS.md, "Job acquisition: indexed").

-- Due jobs: with ensure-job-due-date-not-null (application-postgres.yaml) every job has a due date and
-- the acquisition asks only DUEDATE_ <= now, a range on this index.
CREATE INDEX ACT_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);

-- Jobs locked right now: few at any time (at most the nodes' acquired jobs), so a partial index.
CREATE INDEX ACT_IDX_JOB_LOCKED ON ACT_RU_JOB (LOCK_EXP_TIME_) WHERE LOCK_OWNER_ IS NOT NULL;

-- Jobs written before ensure-job-due-date-not-null (asynchronous continuations, mails) have none: due
-- since they were created, so that the acquisition, which no longer asks for DUEDATE_ IS NULL, finds them.
UPDATE ACT_RU_JOB SET DUEDATE_ = COALESCE(CREATE_TIME_, CURRENT_TIMESTAMP) WHERE DUEDATE_ IS NULL;
