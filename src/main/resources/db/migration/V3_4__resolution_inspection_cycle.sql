-- The inspection committee's rhythm of periodic rounds is a property of the resolution: an ISO 8601
-- repeating interval (R/P6M: every six months), chosen at registration and changeable afterwards
-- (PUT /api/resolutions/{id}/inspection-cycle). NULL for resolutions registered before: the configured
-- default (rollout.inspection-cycle).
ALTER TABLE resolution ADD COLUMN inspection_cycle VARCHAR(32);
