-- The centres behind cds_remunerations.sql: one row per remuneration row of a CDS, in each of its
-- groups (ref_cds_groupes: its category's group and ensemble, or ensemble alone without a
-- category). A centre is paid (rémunérée) when it met the prerequisites (default oui) and its total
-- is positive: it then contributes its amounts, and its negative balance (a positive amount) to
-- trop_percu; an unpaid one contributes 0 to them. A centre that missed the prerequisites counts
-- in nb_prerequis_non_atteints, with its advance in avance_a_rembourser. An amount the export
-- leaves empty adds nothing to the published sum: 0 here.
-- Helpers: compte and statut for the dashboard's list.
WITH rows AS (
  SELECT
    departement, annee, categorie, id_structure, montant_total, avance, solde,
    coalesce(prerequis_atteints, true) AS prerequis_atteints,
    coalesce(prerequis_atteints, true) AND montant_total > 0 AS remuneree
  FROM remunerations
  WHERE type_structure = 'CDS'
)
SELECT
  r.departement, r.annee, g.groupe AS categorie, r.id_structure,
  r.remuneree::INTEGER AS nb_remunerees,
  CASE WHEN r.remuneree THEN r.montant_total ELSE 0 END::DECIMAL(18, 2) AS montant_total,
  CASE WHEN r.remuneree THEN coalesce(r.avance, 0) ELSE 0 END::DECIMAL(18, 2) AS avance,
  CASE WHEN r.remuneree THEN coalesce(r.solde, 0) ELSE 0 END::DECIMAL(18, 2) AS solde,
  CASE WHEN r.remuneree AND r.solde < 0 THEN -r.solde ELSE 0 END::DECIMAL(18, 2) AS trop_percu,
  (NOT r.prerequis_atteints)::INTEGER AS nb_prerequis_non_atteints,
  CASE WHEN NOT r.prerequis_atteints THEN coalesce(r.avance, 0) ELSE 0 END::DECIMAL(18, 2) AS avance_a_rembourser,
  r.remuneree AS compte,
  CASE WHEN r.remuneree THEN 'rémunérée' WHEN NOT r.prerequis_atteints THEN 'prérequis non atteints' ELSE 'montant nul' END AS statut
FROM rows AS r
JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM r.categorie
