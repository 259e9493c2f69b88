-- A cascade's batch reads the codes of a committee's direct subordinates in one range of codes
-- (CommitteeDirectory#childCodesBetween), compared byte by byte (COLLATE "C") as Java compares them;
-- the database's own collation (en_US in the PostgreSQL image) orders codes with hyphens otherwise.
-- This index serves that range; ix_committee_parent serves the rest.
CREATE INDEX ix_committee_parent_code_bytes ON committee (parent_code, code COLLATE "C");
