-- The dashboard's trend (issue 27): each committee's items of an approved programme by colour, as they
-- stood at the end of a week (StatusWeeks, Sunday 23:30 in Vietnam). A week is named by its Monday. The
-- dashboard sums a committee's subtree per week; the current week is always computed live.
CREATE TABLE status_week (
    resolution_id  BIGINT      NOT NULL REFERENCES resolution (id),
    committee_code VARCHAR(48) NOT NULL REFERENCES committee (code),
    week_start     DATE        NOT NULL,
    not_started    INTEGER     NOT NULL,
    in_progress    INTEGER     NOT NULL,
    done_on_time   INTEGER     NOT NULL,
    done_late      INTEGER     NOT NULL,
    overdue        INTEGER     NOT NULL,
    PRIMARY KEY (resolution_id, week_start, committee_code)
);
