-- Names the CPTS whose declared population overlaps communes already covered. A CPTS without
-- territory in cpts_communes counts its declared population_couverte in its seat's department, its
-- communes being unknown; the model stops a department's covered population at its legal
-- population (a rate above 100 % would count people twice). When that bound is reached, the
-- declared populations of the department's CPTS without territory overlap the communes already
-- covered: each such CPTS is an alerte, with what to add to cpts_communes.
WITH without_territory AS (
  SELECT s.id_structure, s.departement, s.statut, s.population_couverte
  FROM structures AS s
  WHERE s.type_structure = 'CPTS' AND s.population_couverte IS NOT NULL
    AND s.id_structure NOT IN (SELECT id_structure FROM cpts_communes)
)
SELECT
  'alerte' AS gravite,
  'structures' AS dataset,
  w.id_structure,
  'departement' AS niveau,
  w.departement AS code,
  NULL::INTEGER AS annee,
  'au plus ' || count_text(t.population) || ' habitants couverts' AS attendu,
  count_text(w.population_couverte) || ' habitants déclarés' AS constate,
  'CPTS ' || w.id_structure || ' sans territoire dans cpts_communes : sa population déclarée ('
    || count_text(w.population_couverte) || ' habitants) chevauche des communes déjà couvertes du département '
    || w.departement || ', dont le taux est borné à 100 % ; ajouter ses communes à cpts_communes pour un taux exact' AS message
FROM without_territory AS w
JOIN publication.cpts_couverture AS t ON t.niveau = 'departement' AND t.code = w.departement
WHERE (w.statut = 'signataire' AND t.population_couverte >= t.population)
   OR t.population_couverte_avec_projets >= t.population
ORDER BY w.departement, w.id_structure
