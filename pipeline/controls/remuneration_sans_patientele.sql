-- Protects the patientèle table against an incomplete export: a structure is paid partly on its
-- patientèle, so a structure paid for a year should have a patientèle row that year. Without it the
-- patientèle table counts fewer structures than the remuneration table (the June 2024 deck's
-- "10 MSP here, 13 there"). Checked for the years the patientèle export covers only: a year with no
-- patientèle row at all is a year that export was not given for. Alerte: the tables are right by
-- their definitions; the exports disagree, and a person decides which one is incomplete.
SELECT
  'alerte' AS gravite,
  'patientele' AS dataset,
  r.id_structure,
  'departement' AS niveau,
  r.departement AS code,
  r.annee,
  'présente' AS attendu,
  'absente' AS constate,
  r.type_structure || ' ' || r.id_structure || ' rémunérée pour ' || r.annee || ' (' || euros_text(r.montant_total)
    || ') sans ligne de patientèle ' || r.annee
    || CASE WHEN year(s.date_resiliation) = r.annee
         THEN ' : résiliée le ' || date_text(s.date_resiliation) || ', sa patientèle de fin d’année peut manquer'
         ELSE ' : elle manque au tableau de patientèle, vérifier l’export de patientèle' END AS message
FROM remunerations AS r
JOIN structures AS s USING (id_structure)
-- An anti join rather than NOT EXISTS: DuckDB plans that subquery as a join that does not spill,
-- which ran out of its memory limit at the stress scale (2,5 M rows on each side).
ANTI JOIN patientele AS p ON p.id_structure = r.id_structure AND p.annee = r.annee
WHERE coalesce(r.prerequis_atteints, true) AND r.montant_total > 0
  AND r.annee IN (SELECT DISTINCT annee FROM patientele)
