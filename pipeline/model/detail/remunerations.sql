-- The structures behind remunerations.sql: every remuneration row kept (one per structure and
-- year), the CDS aside (paid under their own agreement: cds_remunerations).
-- A structure is paid (rémunérée) when it met the prerequisites (default oui) and its total is
-- positive: it then contributes its amounts; an unpaid one contributes 0 to them, and 1 to
-- nb_prerequis_non_atteints when it missed the prerequisites. An amount the export leaves empty
-- (avance, solde) adds nothing to the published sum: 0 here.
-- Helpers: annee_complete (present the whole year: contract signed on or before 1 January,
-- unless the export says) for moyenne_annee_complete; compte and statut for the dashboard's list.
WITH rows AS (
  SELECT
    r.departement, r.annee, r.type_structure, r.id_structure, r.montant_total, r.avance, r.solde,
    coalesce(r.prerequis_atteints, true) AS prerequis_atteints,
    coalesce(r.annee_complete, s.date_adhesion <= make_date(r.annee, 1, 1), false) AS annee_complete,
    coalesce(r.prerequis_atteints, true) AND r.montant_total > 0 AS remuneree
  FROM remunerations AS r JOIN structures AS s USING (id_structure)
  WHERE r.type_structure <> 'CDS'
)
SELECT
  departement, annee, type_structure, id_structure,
  remuneree::INTEGER AS nb_remunerees,
  CASE WHEN remuneree THEN montant_total ELSE 0 END::DECIMAL(18, 2) AS montant_total,
  CASE WHEN remuneree THEN coalesce(avance, 0) ELSE 0 END::DECIMAL(18, 2) AS avance,
  CASE WHEN remuneree THEN coalesce(solde, 0) ELSE 0 END::DECIMAL(18, 2) AS solde,
  (NOT prerequis_atteints)::INTEGER AS nb_prerequis_non_atteints,
  annee_complete,
  remuneree AS compte,
  CASE WHEN remuneree THEN 'rémunérée' WHEN NOT prerequis_atteints THEN 'prérequis non atteints' ELSE 'montant nul' END AS statut
FROM rows
