-- The structures behind remunerations_groupes.sql: every remunerations row of the year (every
-- type), in exactly one group (prerequisites default oui):
--   1 prerequisites met, solde ≥ 0 (or not given: nothing to recover)
--   2 prerequisites met, solde < 0 and avance_annee_suivante ≥ −solde
--   3 prerequisites met, solde < 0 and avance_annee_suivante < −solde or empty
--   4 prerequisites not met, avance > 0
--   5 prerequisites not met, avance = 0 or empty
SELECT
  departement, annee, type_structure,
  CASE
    WHEN coalesce(prerequis_atteints, true) THEN
      CASE WHEN solde IS NULL OR solde >= 0 THEN 1 WHEN avance_annee_suivante >= -solde THEN 2 ELSE 3 END
    WHEN avance > 0 THEN 4
    ELSE 5
  END AS groupe,
  id_structure,
  1 AS nb_structures
FROM remunerations
