-- A rollout is found by (resolution, committee) once or twice for every subordinate a cascade reaches,
-- and the unique key uq_rollout_committee is the index for it. With this second index, which also begins
-- with resolution_id, PostgreSQL chose it whenever its statistics had not yet seen the resolution's
-- rows (a new resolution, a table analysed before the cascade): every lookup then read every rollout of
-- the resolution, a cost that grows with the cascade (BENCHMARKS.md, "Cascade: each batch reads its own
-- codes, and a rollout is found by its key"). The count per phase of one resolution reads the unique key.
DROP INDEX ix_rollout_resolution_phase;
