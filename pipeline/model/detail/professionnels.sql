-- The structures behind professionnels.sql: one row per structure, year and profession it
-- declared (its effectif), plus the two aggregate professions: medecin (généralistes and autres
-- spécialités, for a structure with either row) and ensemble (every profession, for every
-- structure with any row). A structure counts for a profession (nb_structures_avec) when its
-- effectif there is above 0. The CDS declare salaried staff under their own agreement:
-- cds_effectifs.
WITH msp AS (
  SELECT departement, annee, type_structure, id_structure, profession, effectif
  FROM professionnels
  WHERE type_structure <> 'CDS'
),
-- Per structure and year, once: its doctors (NULL when it has no doctor row) and everyone.
per_structure AS (
  SELECT
    departement, annee, type_structure, id_structure,
    sum(effectif) FILTER (profession IN ('medecin_generaliste', 'medecin_autre_specialite')) AS medecins,
    sum(effectif) AS everyone
  FROM msp
  GROUP BY ALL
)
SELECT departement, annee, type_structure, profession, id_structure,
  effectif AS nb_professionnels, (effectif > 0)::INTEGER AS nb_structures_avec
FROM msp
UNION ALL
SELECT departement, annee, type_structure, 'medecin', id_structure, medecins, (medecins > 0)::INTEGER
FROM per_structure
WHERE medecins IS NOT NULL
UNION ALL
SELECT departement, annee, type_structure, 'ensemble', id_structure, everyone, (everyone > 0)::INTEGER
FROM per_structure
