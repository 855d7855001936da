-- requires: indicateurs
-- Protects the remuneration and indicator tables from disagreeing on money: the amounts paid for
-- each indicator of a structure (indicateurs.csv) add up, to the cent, to its montant_total for
-- the year (remunerations.csv). An indicator not reached earns nothing: real exports leave its
-- amount empty, so it counts as 0 €. Checked when every reached indicator of the structure and
-- year gives an amount; indicator amounts with no remuneration row for that year are reported too.
WITH by_structure AS (
  SELECT id_structure, annee, count(*) AS nb_indicateurs,
    count(*) FILTER (WHERE montant IS NOT NULL OR NOT atteint) AS nb_montants,
    sum(CASE WHEN atteint THEN montant ELSE coalesce(montant, 0) END) AS montants
  FROM indicateurs
  GROUP BY ALL
)
SELECT
  'erreur' AS gravite,
  'indicateurs' AS dataset,
  i.id_structure,
  'departement' AS niveau,
  s.departement AS code,
  i.annee,
  coalesce(r.montant_total::VARCHAR, 'ligne de rémunération') AS attendu,
  i.montants::VARCHAR AS constate,
  s.type_structure || ' ' || i.id_structure || ' ' || i.annee || ' : les montants de ses ' || i.nb_indicateurs
    || ' indicateurs font ' || euros_text(i.montants)
    || CASE WHEN r.id_structure IS NULL
         THEN ' mais remunerations.csv n’a pas de ligne pour cette année : ajouter la rémunération ou retirer les indicateurs'
         ELSE ', sa rémunération totale ' || euros_text(r.montant_total) || ' (écart ' || euros_text(i.montants - r.montant_total)
           || ') : corriger un montant d’indicateur ou la rémunération' END AS message
FROM by_structure AS i
JOIN structures AS s USING (id_structure)
LEFT JOIN remunerations AS r USING (id_structure, annee)
WHERE i.nb_montants = i.nb_indicateurs
  AND (r.id_structure IS NULL AND i.montants > 0 OR abs(i.montants - r.montant_total) >= 0.005)
