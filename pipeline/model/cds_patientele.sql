-- CDS – patientèle and file active per group of categories.
-- From the patientele rows of CDS. nb_centres = CDS of the group with a row that year. Each
-- _somme is Σ over the rows where that column is given (null means "not applicable": a dental
-- centre has no médecin traitant patients), each _moyenne that sum / the number of those rows;
-- both empty when no row gives the column. file_active_mg is the file_active column.
-- Sums and counts per department and category first, then spread to the groups (ref_cds_groupes)
-- and added up: a total row's means come from its own sums.
-- (Each patientele row carries its structure's department, type and category.)
WITH by_departement AS (
  SELECT departement, annee, categorie,
    count(*) AS nb_centres,
    sum(patientele_mt) AS mt, count(patientele_mt) AS n_mt,
    sum(patientele_mt_elargie) AS mt_elargie, count(patientele_mt_elargie) AS n_mt_elargie,
    sum(file_active) AS fa_mg, count(file_active) AS n_fa_mg,
    sum(file_active_dentaire) AS fa_dentaire, count(file_active_dentaire) AS n_fa_dentaire,
    sum(file_active_infirmiere) AS fa_infirmiere, count(file_active_infirmiere) AS n_fa_infirmiere
  FROM patientele
  WHERE type_structure = 'CDS'
  GROUP BY ALL
),
by_area AS (
  SELECT a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, g.groupe, g.rang,
    sum(d.nb_centres) AS nb_centres,
    sum(d.mt) AS mt, sum(d.n_mt) AS n_mt,
    sum(d.mt_elargie) AS mt_elargie, sum(d.n_mt_elargie) AS n_mt_elargie,
    sum(d.fa_mg) AS fa_mg, sum(d.n_fa_mg) AS n_fa_mg,
    sum(d.fa_dentaire) AS fa_dentaire, sum(d.n_fa_dentaire) AS n_fa_dentaire,
    sum(d.fa_infirmiere) AS fa_infirmiere, sum(d.n_fa_infirmiere) AS n_fa_infirmiere
  FROM by_departement AS d
  JOIN ref_cds_groupes AS g ON g.categorie IS NOT DISTINCT FROM d.categorie
  JOIN area_rollup AS a ON a.departement = d.departement
  GROUP BY ALL
)
SELECT
  niveau, code, annee, groupe AS categorie,
  nb_centres::BIGINT AS nb_centres,
  mt::BIGINT AS patientele_mt_somme,
  mt / nullif(n_mt, 0) AS patientele_mt_moyenne,
  mt_elargie::BIGINT AS patientele_mt_elargie_somme,
  mt_elargie / nullif(n_mt_elargie, 0) AS patientele_mt_elargie_moyenne,
  fa_mg::BIGINT AS file_active_mg_somme,
  fa_mg / nullif(n_fa_mg, 0) AS file_active_mg_moyenne,
  fa_dentaire::BIGINT AS file_active_dentaire_somme,
  fa_dentaire / nullif(n_fa_dentaire, 0) AS file_active_dentaire_moyenne,
  fa_infirmiere::BIGINT AS file_active_infirmiere_somme,
  fa_infirmiere / nullif(n_fa_infirmiere, 0) AS file_active_infirmiere_moyenne
FROM by_area
ORDER BY annee, region_key, niveau_rank, sort_key, rang
