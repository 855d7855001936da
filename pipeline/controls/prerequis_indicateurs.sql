-- requires: indicateurs, ref_indicateurs
-- Protects the groups of structures by prerequisites (and who is paid at all): a structure whose
-- remuneration says the prerequisites are met has reached every indicator of nature `prerequis`
-- of the reference list for its type; one whose prerequisites are not met has missed at least one.
-- Checked for the structures and years with indicator rows and a remuneration row; a prerequisite
-- with no indicator row counts as not reached.
-- Gravity: erreur, except for a CDS paid with an unreached prerequisite indicator, an alerte: the
-- CDS agreement's attainment tables count the whole indicator (Accessibilité, coordination, SI),
-- whose prerequisite is only its base level, so the June 2024 deck itself shows far more centres
-- missing these indicators than missing the prerequisites. A person must look; it is not a
-- contradiction of the definitions.
WITH prerequisites AS (
  SELECT code, type_structure FROM ref_indicateurs WHERE nature = 'prerequis'
),
computed AS (
  SELECT DISTINCT i.id_structure, i.annee, s.type_structure, s.departement,
    coalesce(r.prerequis_atteints, true) AS prerequis_atteints
  FROM indicateurs AS i
  JOIN structures AS s USING (id_structure)
  JOIN remunerations AS r USING (id_structure, annee)
),
attainment AS (
  SELECT c.id_structure, c.annee, c.type_structure, c.departement, c.prerequis_atteints,
    count(*) AS nb_prerequis,
    count(*) FILTER (i.atteint) AS nb_atteints,
    list(p.code ORDER BY p.code) FILTER (NOT coalesce(i.atteint, false)) AS manquants
  FROM computed AS c
  JOIN prerequisites AS p ON p.type_structure = c.type_structure
  LEFT JOIN indicateurs AS i ON i.id_structure = c.id_structure AND i.annee = c.annee AND i.indicateur = p.code
  GROUP BY ALL
)
SELECT
  CASE WHEN type_structure = 'CDS' AND prerequis_atteints THEN 'alerte' ELSE 'erreur' END AS gravite,
  'indicateurs' AS dataset,
  id_structure,
  'departement' AS niveau,
  departement AS code,
  annee,
  CASE WHEN prerequis_atteints THEN nb_prerequis || ' prérequis atteints' ELSE 'au moins un prérequis non atteint' END AS attendu,
  nb_atteints || ' prérequis atteints sur ' || nb_prerequis AS constate,
  type_structure || ' ' || id_structure || ' ' || annee || ' : '
    || CASE WHEN prerequis_atteints
         THEN 'prérequis atteints selon remunerations.csv, mais ' || array_to_string(manquants, ', ') || ' non atteint(s) selon indicateurs.csv'
         ELSE 'prérequis non atteints selon remunerations.csv, mais ses ' || nb_prerequis || ' indicateurs prérequis sont atteints selon indicateurs.csv'
       END || ' : corriger prerequis_atteints ou l’indicateur' AS message
FROM attainment
WHERE prerequis_atteints AND nb_atteints < nb_prerequis
   OR NOT prerequis_atteints AND nb_atteints = nb_prerequis
