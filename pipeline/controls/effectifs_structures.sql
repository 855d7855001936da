-- Protects the deck from tables that count "the same" structures differently without saying so
-- (June 2024: Yvelines had 10 MSP in the patientèle table and 13 in the remuneration means).
-- For each department, year and type, the structures counted by the patientèle table are compared
-- with those whose remuneration was computed, those that declared professionals, and those active
-- on 31 December (structures.csv). Each difference is an alerte with both counts and the structures
-- on each side, annotated with what the definitions explain (signed or ended during the year).
-- A year is compared only when both sources have rows that year for that type of structure.
WITH member AS (
  SELECT 'patientele' AS source, id_structure, annee FROM patientele
  UNION ALL SELECT 'remunerations', id_structure, annee FROM remunerations
  UNION ALL SELECT DISTINCT 'professionnels', id_structure, annee FROM professionnels
),
years AS (
  SELECT DISTINCT annee FROM member
),
actives AS (
  SELECT 'actives' AS source, s.id_structure, y.annee
  FROM structures AS s CROSS JOIN years AS y
  WHERE s.type_structure IN ('MSP', 'CDS')
    AND s.date_adhesion <= make_date(y.annee, 12, 31)
    AND (s.date_resiliation IS NULL OR s.date_resiliation > make_date(y.annee, 12, 31))
),
sets AS (
  SELECT m.source, m.id_structure, m.annee, s.departement, s.type_structure,
    CASE
      WHEN year(s.date_adhesion) = m.annee THEN 'adhésion le ' || date_text(s.date_adhesion)
      WHEN year(s.date_resiliation) = m.annee THEN 'résiliée le ' || date_text(s.date_resiliation)
    END AS note
  FROM (SELECT * FROM member UNION ALL SELECT * FROM actives) AS m
  JOIN structures AS s USING (id_structure)
),
-- Sources present for a type and year: a source with no row at all that year was not exported.
present AS (
  SELECT DISTINCT source, type_structure, annee FROM sets WHERE source <> 'actives'
),
pairs AS (
  SELECT 'patientele' AS a, b, label FROM (VALUES
    ('remunerations', 'dont la rémunération est calculée (rémunérations)'),
    ('professionnels', 'ayant déclaré des professionnels (professionnels)'),
    ('actives', 'actives au 31/12 (structures)')
  ) AS p(b, label)
),
compared AS (
  SELECT p.b, p.label, x.departement, x.type_structure, x.annee, x.id_structure, x.note,
    bool_or(x.source = p.a) AS in_a,
    bool_or(x.source = p.b) AS in_b
  FROM sets AS x
  JOIN pairs AS p ON x.source IN (p.a, p.b)
  WHERE (p.a, x.type_structure, x.annee) IN (SELECT (source, type_structure, annee) FROM present)
    AND (p.b = 'actives' OR (p.b, x.type_structure, x.annee) IN (SELECT (source, type_structure, annee) FROM present))
  GROUP BY ALL
),
counted AS (
  SELECT b, label, departement, type_structure, annee,
    count(*) FILTER (in_a) AS n_a,
    count(*) FILTER (in_b) AS n_b,
    list(id_structure || coalesce(' (' || note || ')', '') ORDER BY id_structure) FILTER (in_a AND NOT in_b) AS only_a,
    list(id_structure || coalesce(' (' || note || ')', '') ORDER BY id_structure) FILTER (in_b AND NOT in_a) AS only_b
  FROM compared
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
FROM counted
WHERE coalesce(len(only_a), 0) + coalesce(len(only_b), 0) > 0
