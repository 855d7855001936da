-- CDS – salaried staff (headcount and full-time equivalents) per group of categories and
-- profession, added up from the centres of detail/cds_effectifs.sql (each centre in its groups,
-- with a row for every profession of its group's rows in its department, and ensemble).
-- nb_centres = centres of the group with at least one row that year (those of the area's detail,
-- whatever the profession: the same on every profession row of the group); effectif = Σ effectif;
-- etp = Σ etp over the centres that give it (empty when none does). A row for every profession of
-- the area's detail: at least one row in the group, and ensemble.
WITH professions AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.categorie, d.profession,
    sum(d.effectif) AS effectif,
    sum(d.etp) AS etp
  FROM detail.cds_effectifs AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
),
centres AS (
  SELECT a.niveau, a.code, d.annee, d.categorie, count(DISTINCT d.id_structure) AS nb_centres
  FROM detail.cds_effectifs AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  p.niveau, p.code, p.annee, p.categorie, p.profession,
  c.nb_centres::BIGINT AS nb_centres,
  p.effectif::BIGINT AS effectif,
  p.etp::DOUBLE AS etp
FROM professions AS p
JOIN centres AS c USING (niveau, code, annee, categorie)
JOIN ref_cds_rangs AS g ON g.groupe = p.categorie
JOIN ref_professions AS r ON r.code = p.profession
ORDER BY p.annee, p.region_key, p.niveau_rank, p.sort_key, g.rang, r.rang
