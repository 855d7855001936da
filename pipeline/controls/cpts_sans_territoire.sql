-- Protects the CPTS coverage rate: a signataire CPTS counts in the population covered through the
-- communes of its territory (cpts_communes.csv), or, when it has none there, through the
-- population_couverte declared in structures.csv (then its communes are unknown and a commune
-- covered twice cannot be counted once). A signataire CPTS with neither covers nobody in the table.
-- Alerte: a CPTS whose seat commune another signataire CPTS already covers (a CPTS of one Paris
-- arrondissement, Paris being one commune) leaves the rate unchanged, as the message says.
WITH territories AS (
  SELECT DISTINCT id_structure FROM cpts_communes
),
covered_seats AS (
  SELECT DISTINCT l.commune
  FROM cpts_communes AS t
  JOIN structures AS s USING (id_structure)
  JOIN ref_lieux AS l ON l.code = t.code_commune
  WHERE s.statut = 'signataire'
)
SELECT
  'alerte' AS gravite,
  'cpts_communes' AS dataset,
  s.id_structure,
  'departement' AS niveau,
  s.departement AS code,
  NULL::INTEGER AS annee,
  'au moins une commune' AS attendu,
  'aucune commune' AS constate,
  'CPTS signataire ' || s.id_structure || ' sans territoire dans cpts_communes : '
    || CASE
         WHEN s.population_couverte IS NOT NULL
           THEN 'sa population couverte déclarée (' || count_text(s.population_couverte) || ' habitants) est comptée à la place, sans pouvoir retirer une commune couverte deux fois'
         WHEN l.commune IN (SELECT commune FROM covered_seats)
           THEN 'elle ne compte dans aucune population couverte ; sa commune siège ' || s.code_commune || ' est déjà couverte par une autre CPTS signataire, le taux n’en dépend pas'
         ELSE 'elle ne compte dans aucune population couverte ; ajouter ses communes à cpts_communes'
       END AS message
FROM structures AS s
LEFT JOIN ref_lieux AS l ON l.code = s.code_commune
WHERE s.type_structure = 'CPTS' AND s.statut = 'signataire'
  AND s.id_structure NOT IN (SELECT id_structure FROM territories)
