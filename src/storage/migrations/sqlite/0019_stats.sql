-- Case and victim figures (issue #6, first slice; domain/stats.hpp, storage/sqlite/sqlite_stats_repository.cpp).
-- Figures are counted from scratch with one GROUP BY per request; the period filter (from/to on reported_on) is a
-- range on this index. The occurrence region range uses cases_occurrence_region (0008) and the victims come from
-- the unique (case_id, person_id, role) index of case_parties.
CREATE INDEX cases_reported_on ON cases (reported_on);
