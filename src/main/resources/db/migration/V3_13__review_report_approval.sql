-- Issue 25: the office drafts the review report, the standing committee approves it or returns it with
-- comments, and only the approved report counts as sent. A report row now starts as a DRAFT; it is sent
-- (APPROVED: on time or late by its approval date, numbered, seen by the superior) when approved.
-- Reports stored before this were sent when submitted: they stay APPROVED.
ALTER TABLE review_report ADD COLUMN status VARCHAR(16) DEFAULT 'APPROVED' NOT NULL;  -- DRAFT, RETURNED, APPROVED
ALTER TABLE review_report ADD COLUMN drafted_at TIMESTAMP;
ALTER TABLE review_report ADD COLUMN drafted_by VARCHAR(64);
ALTER TABLE review_report ADD COLUMN typed_number INTEGER;   -- the number the office took from its paper register, issued at approval

-- Every decision of the standing committee on a report, with its comments, kept for the record.
CREATE TABLE review_report_decision (
    report_id   BIGINT        NOT NULL REFERENCES review_report (id) ON DELETE CASCADE,
    seq         INTEGER       NOT NULL,
    approved    BOOLEAN       NOT NULL,
    comments    VARCHAR(4000),
    decided_at  TIMESTAMP     NOT NULL,
    decided_by  VARCHAR(64),
    PRIMARY KEY (report_id, seq)
);
