-- Organs are data: the catalogue of organ kinds (issue 22). Each kind has a key (the suffix of its
-- groups' ids, <committee code>.<kind key>), a Vietnamese name with {committee} where the committee's
-- name goes, the workflow roles it plays and those it stands in for when the committee has no organ
-- playing them (study, office, approval, inspection, evaluation; ;-separated), and a position: a
-- committee's organs are listed in it, and of two organs that could play a role the first wins.
-- (V3_8 and V3_9 are taken on other branches.)
CREATE TABLE organ_kind (
    kind_key      VARCHAR(48)  NOT NULL PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    roles         VARCHAR(255) NOT NULL,
    stands_in_for VARCHAR(255) NOT NULL,
    sort_order    INTEGER      NOT NULL
);

-- The five organs every committee had before 2025 keep their keys, names and groups, and the fallbacks
-- the code had: a committee without a propaganda board studies through its office, without a standing
-- committee approves through its office, without an inspection committee inspects through its standing
-- committee, else its office.
INSERT INTO organ_kind (kind_key, name, roles, stands_in_for, sort_order) VALUES
    ('thuong-vu',  'Ban Thường vụ {committee}',   'approval',   'inspection',                1),
    ('van-phong',  'Văn phòng {committee}',       'office',     'study;approval;inspection', 2),
    ('tuyen-giao', 'Ban Tuyên giáo {committee}',  'study',      '',                          3),
    ('kiem-tra',   'Ủy ban Kiểm tra {committee}', 'inspection', '',                          4),
    ('to-chuc',    'Ban Tổ chức {committee}',     'evaluation', '',                          5);

-- The organs of today (docs/glossary.md, "Organs since 2025", cites the sources): the merged
-- propaganda and mass mobilisation board of a province or city; the party building board of a
-- commune or ward; a cell's committee, its secretary (who does the office's work and stands in for the
-- standing committee and the propaganda board) and its members, who lead programme items.
INSERT INTO organ_kind (kind_key, name, roles, stands_in_for, sort_order) VALUES
    ('tuyen-giao-dan-van', 'Ban Tuyên giáo và Dân vận {committee}', 'study',               '',                          6),
    ('xay-dung-dang',      'Ban Xây dựng Đảng {committee}',         'study;evaluation',    '',                          7),
    ('chi-uy',             'Chi ủy {committee}',                    'approval;inspection', '',                          8),
    ('bi-thu',             'Bí thư {committee}',                    'office',              'study;approval;inspection', 9),
    ('dang-vien',          'Đảng viên {committee}',                 '',                    '',                          10);

ALTER TABLE committee_organ ALTER COLUMN organ SET DATA TYPE VARCHAR(48);
ALTER TABLE committee_organ ADD CONSTRAINT fk_committee_organ_kind FOREIGN KEY (organ) REFERENCES organ_kind (kind_key);
