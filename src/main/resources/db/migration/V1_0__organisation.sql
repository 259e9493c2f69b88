-- The organisation: committees in a tree of any depth, their organs, the units that lead or
-- coordinate programme items, and the officials who work in them.
CREATE TABLE committee (
    code        VARCHAR(48)  NOT NULL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    symbol      VARCHAR(16)  NOT NULL,           -- issuer symbol in document numbers: TW, TU, HU, ĐU
    parent_code VARCHAR(48)  REFERENCES committee (code),
    depth       INTEGER      NOT NULL            -- 0 for a root, derived from the parent chain
);
CREATE INDEX ix_committee_parent ON committee (parent_code);

CREATE TABLE committee_organ (
    committee_code VARCHAR(48) NOT NULL REFERENCES committee (code),
    organ          VARCHAR(16) NOT NULL,         -- thuong-vu, van-phong, tuyen-giao, kiem-tra, to-chuc
    PRIMARY KEY (committee_code, organ)
);

CREATE TABLE unit (
    code           VARCHAR(48)  NOT NULL PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    committee_code VARCHAR(48)  NOT NULL REFERENCES committee (code)
);
CREATE INDEX ix_unit_committee ON unit (committee_code);

CREATE TABLE official (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    full_name      VARCHAR(255) NOT NULL,
    email          VARCHAR(255) NOT NULL,
    committee_code VARCHAR(48)  NOT NULL REFERENCES committee (code),
    role           VARCHAR(48)  NOT NULL         -- an organ key of that committee, or a unit code
);
CREATE INDEX ix_official_committee ON official (committee_code);
