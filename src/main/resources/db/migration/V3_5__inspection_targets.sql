-- A periodic round also inspects the committee's own units that lead items of its programme. Such an
-- inspection is of kind UNIT: inspected_committee is the unit's committee (the inspecting one itself)
-- and inspected_unit the unit; its remedial items are led by the unit's group (unit.<code>).
ALTER TABLE inspection ADD COLUMN target_kind VARCHAR(16) DEFAULT 'COMMITTEE' NOT NULL;   -- COMMITTEE, UNIT
ALTER TABLE inspection ADD COLUMN inspected_unit VARCHAR(48);
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_unit FOREIGN KEY (inspected_unit) REFERENCES unit (code);
CREATE INDEX ix_inspection_unit ON inspection (resolution_id, inspected_unit, concluded_on);
