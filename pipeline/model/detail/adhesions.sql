-- The MSP behind adhesions.sql: one row per MSP and year of the contracts grid (contract_years) in
-- which it signed, ended, or stood active at the end of the year; a year with none of the three
-- adds nothing and is left out. The cut-off date (data_cutoff, `--arrete`) bounds them: a contract
-- signed or ended after it does not count yet, and the stock of its year stands on it.
WITH msp AS (
  SELECT id_structure, departement, date_adhesion, date_resiliation
  FROM structures
  WHERE type_structure = 'MSP' AND date_adhesion IS NOT NULL
),
flags AS (
  SELECT
    m.departement, y.annee, 'MSP' AS type_structure, m.id_structure,
    (year(m.date_adhesion) = y.annee AND m.date_adhesion <= k.arrete)::INTEGER AS nb_adhesions,
    coalesce(year(m.date_resiliation) = y.annee AND m.date_resiliation <= k.arrete, false)::INTEGER AS nb_resiliations,
    (
      m.date_adhesion <= least(make_date(y.annee, 12, 31), k.arrete)
      AND (m.date_resiliation IS NULL OR m.date_resiliation > least(make_date(y.annee, 12, 31), k.arrete))
    )::INTEGER AS nb_actives_fin_annee
  FROM msp AS m
  CROSS JOIN contract_years AS y
  CROSS JOIN data_cutoff AS k
)
SELECT * FROM flags
WHERE nb_adhesions + nb_resiliations + nb_actives_fin_annee > 0
