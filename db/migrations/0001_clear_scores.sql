-- Client scores change from stored texts to stored signals (0002). Scores are derived data, recomputed
-- from the stored snapshots by `pulso score --as-of DATE`, so the old rows are cleared rather than
-- converted: their texts cannot give back the signals the new columns require.
DELETE FROM "customer_scores";
