-- CDS – patientèle and file active per group of categories, added up from the centres of
-- detail/cds_patientele.sql (one per patientele row of a CDS, in each of its groups).
-- nb_centres = CDS of the group with a row that year. Each _somme is Σ over the centres giving
-- that column (empty means "not applicable"), each _moyenne that sum / the number of those
-- centres; both empty when none gives the column. A total row's means come from its own sums.
WITH by_area AS (
  SELECT
    a.niveau, a.code, a.region_key, a.niveau_rank, a.sort_key, d.annee, d.categorie, g.rang,
    sum(d.nb_centres) AS nb_centres,
    sum(d.patientele_mt_somme) AS mt, count(d.patientele_mt_somme) AS n_mt,
    sum(d.patientele_mt_elargie_somme) AS mt_elargie, count(d.patientele_mt_elargie_somme) AS n_mt_elargie,
    sum(d.file_active_mg_somme) AS fa_mg, count(d.file_active_mg_somme) AS n_fa_mg,
    sum(d.file_active_dentaire_somme) AS fa_dentaire, count(d.file_active_dentaire_somme) AS n_fa_dentaire,
    sum(d.file_active_infirmiere_somme) AS fa_infirmiere, count(d.file_active_infirmiere_somme) AS n_fa_infirmiere
  FROM detail.cds_patientele AS d
  JOIN area_rollup AS a ON a.departement = d.departement
  JOIN ref_cds_rangs AS g ON g.groupe = d.categorie
  GROUP BY ALL
)
SELECT
  niveau, code, annee, categorie,
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
