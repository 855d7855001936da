-- Contract version 3: the modalities of a breakdown of an additive territorial indicator add up to
-- its total. When a territory and period give the total and every modality the data know for that
-- dimension, a sum that differs is an alerte (not a reject: sources round, and a person may be
-- counted under two modalities).
WITH rows AS (
  SELECT territoire, periode, indicateur, dimension, modalite, valeur, additif AND unite <> 'pourcentage' AS additif
  FROM indicateurs_territoriaux
),
known AS (
  SELECT indicateur, dimension, count(DISTINCT modalite) AS nb_modalites
  FROM rows WHERE dimension IS NOT NULL GROUP BY ALL
),
parts AS (
  SELECT r.territoire, r.periode, r.indicateur, r.dimension, sum(r.valeur) AS somme, count(*) AS nb, bool_and(r.additif) AS additif
  FROM rows AS r WHERE r.dimension IS NOT NULL GROUP BY ALL
)
SELECT
  'alerte' AS gravite,
  'indicateurs_territoriaux' AS dataset,
  NULL::VARCHAR AS id_structure,
  CASE WHEN t.territoire LIKE 'R%' THEN 'region' ELSE 'departement' END AS niveau,
  CASE WHEN t.territoire LIKE 'R%' THEN substr(t.territoire, 2) ELSE t.territoire END AS code,
  TRY_CAST(left(t.periode, 4) AS INTEGER) AS annee,
  count_text(t.valeur) AS attendu,
  count_text(p.somme) AS constate,
  'indicateur ' || t.indicateur || ', ' || t.periode || ' : les ' || p.nb || ' modalités de « ' || p.dimension || ' » totalisent '
    || count_text(p.somme) || ', le total donné est ' || count_text(t.valeur)
    || ' ; vérifier la source (arrondis, double compte) ou corriger la ligne du total' AS message
FROM rows AS t
JOIN parts AS p ON p.territoire = t.territoire AND p.periode = t.periode AND p.indicateur = t.indicateur
JOIN known AS k ON k.indicateur = p.indicateur AND k.dimension = p.dimension
WHERE t.dimension IS NULL AND t.additif AND p.additif AND p.nb = k.nb_modalites AND abs(p.somme - t.valeur) > 0.000001
ORDER BY t.indicateur, t.periode, t.territoire, p.dimension
