-- Protects the deck from tables that count "the same" structures differently without saying so
-- (June 2024: Yvelines had 10 MSP in the patientèle table and 13 in the remuneration means).
-- For each department, year and type, the structures counted by the patientèle table are compared
-- with those whose remuneration was computed, those that declared professionals, and those active
-- on 31 December (structures.csv). Each difference is an alerte with both counts and the structures
-- on each side, annotated with what the definitions explain (signed or ended during the year).
-- Compared for the last year of the patientèle export, the deck's year (earlier years were
-- published and checked before), when both sources have rows that year for that type.
WITH years AS (
  SELECT max(annee) AS annee FROM patientele
),
member AS (
  SELECT 'patientele' AS source, id_structure, annee FROM patientele WHERE annee IN (SELECT annee FROM years)
  UNION ALL SELECT 'remunerations', id_structure, annee FROM remunerations WHERE annee IN (SELECT annee FROM years)
  UNION ALL SELECT DISTINCT 'professionnels', id_structure, annee FROM professionnels WHERE annee IN (SELECT annee FROM years)
),
actives AS (
  SELECT 'actives' AS source, s.id_structure, y.annee
  FROM structures AS s CROSS JOIN years AS y
  WHERE s.type_structure IN ('MSP', 'CDS')
    AND s.date_adhesion <= make_date(y.annee, 12, 31)
    AND (s.date_resiliation IS NULL OR s.date_resiliation > make_date(y.annee, 12, 31))
),
-- One row per structure and year: where it is counted.
flags AS (
  SELECT id_structure, annee,
    bool_or(source = 'patientele') AS patientele,
    bool_or(source = 'remunerations') AS remunerations,
    bool_or(source = 'professionnels') AS professionnels,
    bool_or(source = 'actives') AS actives
  FROM (SELECT * FROM member UNION ALL SELECT * FROM actives)
  GROUP BY ALL
),
rows AS (
  SELECT f.*, s.departement, s.type_structure, s.date_adhesion, s.date_resiliation
  FROM flags AS f JOIN structures AS s USING (id_structure)
),
-- Sources present for a type and year: a source with no row at all that year was not exported.
present AS (
  SELECT type_structure, annee,
    bool_or(patientele) AS patientele, bool_or(remunerations) AS remunerations, bool_or(professionnels) AS professionnels
  FROM rows
  GROUP BY ALL
),
pairs AS (
  SELECT r.departement, r.type_structure, r.annee, r.id_structure, r.date_adhesion, r.date_resiliation, p.b, p.label,
    r.patientele AS in_a,
    CASE p.b WHEN 'remunerations' THEN r.remunerations WHEN 'professionnels' THEN r.professionnels ELSE r.actives END AS in_b
  FROM rows AS r
  JOIN present AS pr USING (type_structure, annee)
  CROSS JOIN (VALUES
    ('remunerations', 'dont la rémunération est calculée (rémunérations)'),
    ('professionnels', 'ayant déclaré des professionnels (professionnels)'),
    ('actives', 'actives au 31/12 (structures)')
  ) AS p(b, label)
  WHERE pr.patientele
    AND CASE p.b WHEN 'remunerations' THEN pr.remunerations WHEN 'professionnels' THEN pr.professionnels ELSE true END
),
counted AS (
  SELECT b, label, departement, type_structure, annee,
    count(*) FILTER (in_a) AS n_a,
    count(*) FILTER (in_b) AS n_b
  FROM pairs
  GROUP BY ALL
  HAVING count(*) FILTER (in_a <> in_b) > 0
),
-- The structures on one side only, with what the definitions say of them (few: named one by one).
differing AS (
  SELECT b, departement, type_structure, annee,
    list(named ORDER BY id_structure) FILTER (in_a) AS only_a,
    list(named ORDER BY id_structure) FILTER (in_b) AS only_b
  FROM (
    SELECT *, id_structure || coalesce(' (' || CASE
        WHEN year(date_adhesion) = annee THEN 'adhésion le ' || date_text(date_adhesion)
        WHEN year(date_resiliation) = annee THEN 'résiliée le ' || date_text(date_resiliation)
      END || ')', '') AS named
    FROM pairs
    WHERE in_a <> in_b
  )
  GROUP BY ALL
)
SELECT
  'alerte' AS gravite,
  b AS dataset,
  NULL AS id_structure,
  'departement' AS niveau,
  departement AS code,
  annee,
  n_a::VARCHAR AS attendu,
  n_b::VARCHAR AS constate,
  type_structure || ' ' || annee || ' : ' || count_text(n_a) || ' structures dans le tableau de patientèle, '
    || count_text(n_b) || ' ' || label
    || CASE WHEN len(only_a) > 0 THEN ' ; seulement en patientèle : ' || array_to_string(only_a[1:8], ', ')
         || CASE WHEN len(only_a) > 8 THEN ' et ' || (len(only_a) - 8) || ' autres' ELSE '' END ELSE '' END
    || CASE WHEN len(only_b) > 0 THEN ' ; absentes de la patientèle : ' || array_to_string(only_b[1:8], ', ')
         || CASE WHEN len(only_b) > 8 THEN ' et ' || (len(only_b) - 8) || ' autres' ELSE '' END ELSE '' END AS message
FROM counted JOIN differing USING (b, departement, type_structure, annee)
