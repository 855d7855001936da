-- The structures behind remunerations.sql: every remuneration row kept; `compte` says whether the
-- structure is paid (prerequisites met and a positive amount), the rows the figures are made of.
WITH rows AS (
  SELECT r.id_structure, r.departement, r.annee, r.type_structure, r.montant_total, r.avance, r.solde,
    coalesce(r.prerequis_atteints, true) AS prerequis_atteints,
    coalesce(r.prerequis_atteints, true) AND r.montant_total > 0 AS remuneree
  FROM remunerations AS r JOIN structures AS s USING (id_structure)
)
SELECT id_structure, departement, annee, type_structure, remuneree AS compte,
  CASE WHEN remuneree THEN 'rémunérée' WHEN NOT prerequis_atteints THEN 'prérequis non atteints' ELSE 'montant nul' END AS statut,
  remuneree::INTEGER AS nb_remunerees,
  montant_total, avance, solde,
  (NOT prerequis_atteints)::INTEGER AS nb_prerequis_non_atteints
FROM rows
ORDER BY annee, id_structure
