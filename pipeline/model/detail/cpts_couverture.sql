-- The CPTS behind the counts of cpts_couverture.sql, one row each, placed by the department of
-- its seat: en projet, validée (validee or signataire), signataire. Its stage stands at the
-- cut-off date (data_cutoff, `--arrete`): a signataire whose contract is dated after it was still
-- only validated then. The covered population is counted by commune, not by CPTS: the model takes
-- the territories of the CPTS flagged signataires here. `statut` is what the dashboard's list shows.
WITH cpts AS (
  SELECT
    s.departement, s.id_structure,
    CASE WHEN s.statut = 'signataire' AND s.date_adhesion > k.arrete THEN 'validee' ELSE s.statut END AS statut
  FROM structures AS s CROSS JOIN data_cutoff AS k
  WHERE s.type_structure = 'CPTS'
)
SELECT
  departement, id_structure,
  coalesce(statut = 'projet', false)::INTEGER AS nb_en_projet,
  coalesce(statut IN ('validee', 'signataire'), false)::INTEGER AS nb_validees,
  coalesce(statut = 'signataire', false)::INTEGER AS nb_signataires,
  CASE statut WHEN 'projet' THEN 'en projet' WHEN 'validee' THEN 'validée' WHEN 'signataire' THEN 'signataire ACI' ELSE statut END AS statut
FROM cpts
