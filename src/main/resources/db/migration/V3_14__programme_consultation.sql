-- Issue 25: before approval, the office may send its draft programme for comments to chosen groups (units, the
-- Fatherland Front, experts as users of a unit) with a deadline. One row per group asked in a round; answered_at
-- stays null for a group that did not answer by the deadline (listed, not waited for).
CREATE TABLE programme_consultation (
    programme_id  BIGINT       NOT NULL REFERENCES programme (id),
    round         INTEGER      NOT NULL,
    group_id      VARCHAR(128) NOT NULL,
    deadline      DATE         NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    requested_by  VARCHAR(64),
    answered_at   TIMESTAMP,
    answered_by   VARCHAR(64),
    closed        BOOLEAN      DEFAULT FALSE NOT NULL,  -- the round is over: answered by all or its deadline passed
    PRIMARY KEY (programme_id, round, group_id)
);

-- The comments of a group on the draft, item by item, with the item's text as it stood when commented on.
CREATE TABLE programme_comment (
    programme_id  BIGINT        NOT NULL REFERENCES programme (id),
    round         INTEGER       NOT NULL,
    group_id      VARCHAR(128)  NOT NULL,
    item_number   INTEGER       NOT NULL,     -- 1-based, as the draft numbered it; 0: on the draft as a whole
    item_content  VARCHAR(2000),
    comment       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (programme_id, round, group_id, item_number)
);
