-- What a mid-term or final review report says, and the review conference that follows it.
ALTER TABLE review_report ADD COLUMN results_economy VARCHAR(4000);
ALTER TABLE review_report ADD COLUMN results_culture_society VARCHAR(4000);
ALTER TABLE review_report ADD COLUMN results_party_building VARCHAR(4000);
ALTER TABLE review_report ADD COLUMN causes VARCHAR(4000);
ALTER TABLE review_report ADD COLUMN lessons VARCHAR(4000);
ALTER TABLE review_report ADD COLUMN solutions VARCHAR(4000);

-- Each limitation the report names, with the body responsible for it.
CREATE TABLE review_limitation (
    report_id   BIGINT        NOT NULL REFERENCES review_report (id) ON DELETE CASCADE,
    seq         INTEGER       NOT NULL,
    limitation  VARCHAR(2000) NOT NULL,
    responsible VARCHAR(255)  NOT NULL,
    PRIMARY KEY (report_id, seq)
);

CREATE TABLE review_conference (
    rollout_id   BIGINT        NOT NULL REFERENCES rollout (id),
    kind         VARCHAR(16)   NOT NULL,     -- MID_TERM, FINAL
    held_on      DATE          NOT NULL,
    attendees    INTEGER,
    conclusions  VARCHAR(4000),
    recorded_at  TIMESTAMP     NOT NULL,
    recorded_by  VARCHAR(64),
    PRIMARY KEY (rollout_id, kind)
);
