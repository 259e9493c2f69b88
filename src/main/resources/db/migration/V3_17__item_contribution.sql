-- Issue 25: a lead unit's quarterly progress report may ask the item's coordinating units for a contribution, due
-- before the report's own deadline. One row per unit asked in a round of a quarter's report; contribution and
-- answered_at stay null for a unit that did not answer by the deadline (listed in the report, not waited for).
CREATE TABLE item_contribution (
    item_id       BIGINT        NOT NULL REFERENCES programme_item (id) ON DELETE CASCADE,
    quarter       VARCHAR(7)    NOT NULL,     -- the quarter reported, 2026-Q1, as item_progress.quarter
    round         INTEGER       NOT NULL,
    group_id      VARCHAR(128)  NOT NULL,     -- the coordinating unit's (or organ's) task group
    due_date      DATE          NOT NULL,
    requested_at  TIMESTAMP     NOT NULL,
    requested_by  VARCHAR(64),
    contribution  VARCHAR(4000),
    answered_at   TIMESTAMP,
    answered_by   VARCHAR(64),
    closed        BOOLEAN       DEFAULT FALSE NOT NULL,  -- the round is over: answered by all or its deadline passed
    PRIMARY KEY (item_id, quarter, round, group_id)
);
