-- Protects every table against rows of a structure that was not under contract that year: a
-- structure with a patientèle or remuneration row for a year must have signed on or before
-- 31 December of that year and not have ended before 1 January. Otherwise the row, or a date of
-- structures.csv, is wrong, and the counts of adhesions and actives disagree with the others.
WITH rows AS (
  SELECT 'patientele' AS dataset, id_structure, annee FROM patientele
  UNION ALL
  SELECT 'remunerations', id_structure, annee FROM remunerations
)
SELECT
  'erreur' AS gravite,
  r.dataset,
  r.id_structure,
  'departement' AS niveau,
  s.departement AS code,
  r.annee,
  'contrat en cours en ' || r.annee AS attendu,
  CASE
    WHEN s.date_adhesion IS NULL THEN 'sans date d’adhésion'
    WHEN s.date_adhesion > make_date(r.annee, 12, 31) THEN 'adhésion le ' || date_text(s.date_adhesion)
    ELSE 'résiliation le ' || date_text(s.date_resiliation)
  END AS constate,
  s.type_structure || ' ' || s.id_structure || ' a une ligne de ' || r.dataset || ' pour ' || r.annee || ' mais '
    || CASE
         WHEN s.date_adhesion IS NULL THEN 'aucune date d’adhésion dans structures.csv'
         WHEN s.date_adhesion > make_date(r.annee, 12, 31) THEN 'n’adhère que le ' || date_text(s.date_adhesion)
         ELSE 'est résiliée depuis le ' || date_text(s.date_resiliation)
       END
    || ' : corriger la date dans structures.csv ou l’année de la ligne' AS message
FROM rows AS r
JOIN structures AS s USING (id_structure)
WHERE s.type_structure IN ('MSP', 'CDS')
  AND (s.date_adhesion IS NULL
    OR s.date_adhesion > make_date(r.annee, 12, 31)
    OR s.date_resiliation < make_date(r.annee, 1, 1))
