-- The reference list of remuneration indicators (data/reference/indicateurs.csv, from the data
-- contract): for each code, the structure type it belongs to, its axis, label, nature and rank.
CREATE TABLE ref_indicateurs AS
SELECT code, type_structure, axe, libelle, nature, ordre
FROM read_csv(getvariable('indicateurs_file'), header = true, delim = ',', quote = '"', auto_detect = false,
  columns = {code: 'VARCHAR', type_structure: 'VARCHAR', axe: 'VARCHAR', libelle: 'VARCHAR', nature: 'VARCHAR', ordre: 'INTEGER'});
