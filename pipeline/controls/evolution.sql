-- Protects the deck from a typo or a broken export that moves a figure: a published value of the
-- last year of a table that changes by more than the threshold against the year before (relative
-- for counts, euros and means, default ±50 %; in points for rates, default ±10) is an alerte, on
-- every table with a year. The last year is the one the deck is being made for; earlier years were
-- published and checked before.
-- Left out: minima and maxima (the value of a single structure: one MSP paid for part of its first
-- year halves a minimum); the yearly flows of contracts signed or ended (a few contracts a year);
-- the residues of a remuneration (balance, overpayments, advances to pay back, structures missing
-- the prerequisites), which swing with the advance rate and a few structures by definition. Counts
-- below 10 on both sides, and a previous value of 0, give no meaningful ratio.
-- Values are compared as a person reads them, rounded to what they mean (core's PEOPLE_DECIMALS:
-- counts whole, euros to the cent, rates and means to a tenth): a mean of 0,018 professional per
-- MSP against 0,033 reads « 0,0 contre 0,0 », which is no change, not +83,5 %; the line's attendu and
-- constate are those rounded values, never a float's tail.
-- (controle_valeurs and controle_colonnes are built from the schema by controls/index.ts.)
WITH v AS MATERIALIZED (
  SELECT v.* REPLACE (round(v.valeur, CASE c.unite WHEN 'count' THEN 0 WHEN 'euro' THEN 2 ELSE 1 END) AS valeur), c.libelle, c.unite
  FROM controle_valeurs AS v
  JOIN controle_colonnes AS c USING (tableau, colonne)
  WHERE v.colonne NOT IN (
      'minimum', 'maximum', 'nb_adhesions', 'nb_resiliations',
      'solde', 'trop_percu', 'avance_a_rembourser', 'nb_prerequis_non_atteints')
    AND v.valeur IS NOT NULL
),
latest AS (
  SELECT tableau, max(annee) AS annee FROM v GROUP BY tableau
),
moves AS (
  SELECT cur.*, prev.valeur AS precedente,
    CASE WHEN cur.unite = 'percent' THEN cur.valeur - prev.valeur
         ELSE (cur.valeur - prev.valeur) / abs(prev.valeur) END AS ecart
  FROM v AS cur
  JOIN v AS prev
    ON prev.tableau = cur.tableau AND prev.niveau = cur.niveau AND prev.code = cur.code
    AND prev.cle = cur.cle AND prev.colonne = cur.colonne AND prev.annee = cur.annee - 1
  JOIN latest AS l ON l.tableau = cur.tableau AND l.annee = cur.annee
  WHERE prev.valeur <> 0
    AND NOT (cur.unite = 'count' AND abs(cur.valeur) < 10 AND abs(prev.valeur) < 10)
),
shown AS (
  SELECT *,
    CASE unite
      WHEN 'euro' THEN euros_text(precedente) WHEN 'percent' THEN percent_text(precedente)
      WHEN 'mean' THEN decimal_text(precedente) ELSE count_text(precedente) END AS precedente_texte,
    CASE unite
      WHEN 'euro' THEN euros_text(valeur) WHEN 'percent' THEN percent_text(valeur)
      WHEN 'mean' THEN decimal_text(valeur) ELSE count_text(valeur) END AS valeur_texte,
    CASE WHEN unite = 'percent'
      THEN (CASE WHEN ecart > 0 THEN '+' ELSE '−' END) || decimal_text(abs(ecart)) || ' pt, au-delà de ±' || decimal_text(getvariable('controle_seuil_points')) || ' pt'
      ELSE (CASE WHEN ecart > 0 THEN '+' ELSE '−' END) || percent_text(100 * abs(ecart)) || ', au-delà de ±' || percent_text(100 * getvariable('controle_seuil_relatif'))
    END AS ecart_texte
  FROM moves
  WHERE CASE WHEN unite = 'percent'
    THEN abs(ecart) > getvariable('controle_seuil_points')
    ELSE abs(ecart) > getvariable('controle_seuil_relatif') END
)
SELECT
  'alerte' AS gravite,
  tableau AS dataset,
  NULL AS id_structure,
  niveau,
  code,
  annee,
  precedente::VARCHAR AS attendu,
  valeur::VARCHAR AS constate,
  libelle || coalesce(' (' || nullif(cle, '') || ')', '') || ' : ' || valeur_texte || ' en ' || annee
    || ' contre ' || precedente_texte || ' en ' || (annee - 1) || ' (' || ecart_texte || ') : vérifier la saisie ou l’export' AS message
FROM shown
