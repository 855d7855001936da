-- The MSP behind adhesions.sql, one row per structure and year in which it signed, ended or was
-- active on 31 December: each flag adds up to the department's figure of the same name.
WITH msp AS (
  SELECT id_structure, departement, date_adhesion, date_resiliation
  FROM structures
  WHERE type_structure = 'MSP' AND date_adhesion IS NOT NULL
),
years AS (
  SELECT range::INTEGER AS annee
  FROM range((SELECT min(year(date_adhesion)) FROM msp), (SELECT annee FROM data_last_year) + 1)
),
flags AS (
  SELECT m.id_structure, m.departement, y.annee, 'MSP' AS type_structure,
    (year(m.date_adhesion) = y.annee)::INTEGER AS nb_adhesions,
    coalesce(year(m.date_resiliation) = y.annee, false)::INTEGER AS nb_resiliations,
    (m.date_adhesion <= make_date(y.annee, 12, 31)
      AND (m.date_resiliation IS NULL OR m.date_resiliation > make_date(y.annee, 12, 31)))::INTEGER AS nb_actives_fin_annee
  FROM msp AS m CROSS JOIN years AS y
)
SELECT id_structure, departement, annee, type_structure, true AS compte, NULL::VARCHAR AS statut,
  nb_adhesions, nb_resiliations, nb_actives_fin_annee
FROM flags
WHERE nb_adhesions + nb_resiliations + nb_actives_fin_annee > 0
ORDER BY annee, id_structure
