-- The MSP behind msp_profil.sql, per year: those active on the year's date (its 31 December, or the
-- arrêté in its year: as the contracts' stock, detail/adhesions.sql) with a patientèle row that year
-- (nb_msp 1, their multi-site flag and CSS and AME shares), and the paid MSP of the year (the
-- remuneration detail's `compte`), whose amounts give the median. An MSP may be in one set only:
-- paid but without patientèle it adds nothing to nb_msp. Only the years with a profile are kept.
WITH profiled AS (
  SELECT p.departement, p.annee, p.id_structure, s.multi_sites, p.part_css, p.part_ame
  FROM patientele AS p
  JOIN structures AS s USING (id_structure)
  CROSS JOIN data_cutoff AS k
  WHERE p.type_structure = 'MSP'
    AND (s.date_adhesion IS NULL OR s.date_adhesion <= least(make_date(p.annee, 12, 31), k.arrete))
    AND CASE WHEN s.date_resiliation IS NULL THEN s.statut IS DISTINCT FROM 'resilie'
      ELSE s.date_resiliation > least(make_date(p.annee, 12, 31), k.arrete) END
),
paid AS (
  SELECT departement, annee, id_structure, montant_total
  FROM detail.remunerations
  WHERE type_structure = 'MSP' AND compte AND annee IN (SELECT annee FROM profiled)
)
SELECT
  coalesce(f.departement, r.departement) AS departement, coalesce(f.annee, r.annee) AS annee,
  coalesce(f.id_structure, r.id_structure) AS id_structure,
  (f.id_structure IS NOT NULL)::INTEGER AS nb_msp,
  coalesce(f.multi_sites, false)::INTEGER AS nb_multi_sites,
  r.montant_total AS remuneration,
  f.part_css, f.part_ame,
  f.id_structure IS NOT NULL AS compte,
  CASE WHEN f.id_structure IS NULL THEN 'rémunérée, sans patientèle' WHEN r.id_structure IS NULL THEN 'non rémunérée' ELSE 'rémunérée' END AS statut
FROM profiled AS f
FULL JOIN paid AS r ON r.id_structure = f.id_structure AND r.annee = f.annee
