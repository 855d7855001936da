-- The centres de santé behind cds.sql: those active at the cut-off date (data_cutoff, `--arrete`),
-- one row each, flagged by category: opened by then (or no date), and not ended by then (a dated
-- end after the cut-off counts as active; an end without a date is the statut resilie).
SELECT
  s.departement, s.id_structure,
  coalesce(s.categorie = 'dentaire', false)::INTEGER AS nb_dentaire,
  coalesce(s.categorie = 'infirmier', false)::INTEGER AS nb_infirmier,
  coalesce(s.categorie = 'medical', false)::INTEGER AS nb_medical,
  coalesce(s.categorie = 'polyvalent', false)::INTEGER AS nb_polyvalent,
  1 AS nb_total
FROM structures AS s CROSS JOIN data_cutoff AS k
WHERE s.type_structure = 'CDS'
  AND (s.date_adhesion IS NULL OR s.date_adhesion <= k.arrete)
  AND CASE WHEN s.date_resiliation IS NULL THEN s.statut IS DISTINCT FROM 'resilie' ELSE s.date_resiliation > k.arrete END
