-- CDS – salaried staff (headcount and full-time equivalents) per group of categories and profession.
-- From the professionnels rows of CDS. nb_centres = CDS of the group with at least one row that
-- year (the same on every profession row of the group); effectif = Σ effectif; etp = Σ etp over
-- the rows that give it (empty when none does). A row for every profession with at least one row
-- in the group and area, and one for ensemble (every profession).
-- Groups (ref_cds_groupes): polyvalent_medical, dentaire, infirmier, and ensemble (every CDS,
-- with or without a category). Sums are taken per department and category first, then spread to
-- the groups and added up to the region and France.
-- (Each professionnels row carries its structure's department, type and category.)
WITH cds AS (
  SELECT id_structure, departement, annee, categorie, profession, effectif, etp
  FROM professionnels
  WHERE type_structure = 'CDS'
),
centres_by_departement AS (
  SELECT departement, annee, categorie, count(DISTINCT id_structure) AS nb_centres
  FROM cds
  GROUP BY ALL
),
professions_by_departement AS (
  SELECT departement, annee, categorie, profession, sum(effectif) AS effectif, sum(etp) AS etp
  FROM cds
  GROUP BY ALL
),
centres AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, g.groupe, g.rang,
    sum(d.nb_centres) AS nb_centres
  FROM centres_by_departement AS d
  JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM d.categorie
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
professions AS (
  SELECT a.niveau, a.code, d.annee, g.groupe, d.profession, sum(d.effectif) AS effectif, sum(d.etp) AS etp
  FROM professions_by_departement AS d
  JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM d.categorie
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
with_ensemble AS (
  SELECT niveau, code, annee, groupe, profession, effectif, etp FROM professions
  UNION ALL
  SELECT niveau, code, annee, groupe, 'ensemble', sum(effectif), sum(etp) FROM professions GROUP BY ALL
)
SELECT
  c.niveau, c.code, c.annee, c.groupe AS categorie, p.profession,
  c.nb_centres::BIGINT AS nb_centres,
  p.effectif::BIGINT AS effectif,
  p.etp::DOUBLE AS etp
FROM centres AS c
JOIN with_ensemble AS p USING (niveau, code, annee, groupe)
JOIN ref_professions AS r ON r.code = p.profession
ORDER BY c.annee, c.region_key, c.niveau_rank, c.sort_key, c.rang, r.rang
