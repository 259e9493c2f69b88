-- Working days: the public holidays of the Labour Code are computed (calendar/PublicHolidays, the lunar
-- dates at UTC+7); what the Government announces each year on top of them is kept here by an
-- administrator (GET, POST /api/holidays, DELETE /api/holidays/{date}): extra days off (bridge days, a
-- Tết scheme other than the computed one) and days worked in exchange.
CREATE TABLE announced_day (
    announced_on DATE         NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,   -- DAY_OFF, WORKING_DAY
    name        VARCHAR(255)  NOT NULL,   -- why, as officials read it: "Nghỉ bù Tết (làm bù thứ Bảy 17/01)"
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(64)
);

-- Deadlines cascade by level: a resolution's dates are those its issuing committee sets for its direct
-- subordinates; each level further down reports this much earlier (and may issue its programme this
-- much later), the issuing committee itself this much later: an ISO period (P10D) or working days
-- (P10WD). Set at registration (default rollout.deadlines.level-offset); NULL for resolutions registered
-- before, which keep one date for every level.
ALTER TABLE resolution ADD COLUMN level_offset VARCHAR(16);
