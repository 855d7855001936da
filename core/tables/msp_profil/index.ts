// The MSP profile of seeds 000 and 002 (contract version 3): how many MSP, how many multi-site,
// their patients' CSS and AME shares, and the median remuneration.

import { column, KEY_COLUMNS } from '../../schema/columns';
import { defineTable } from '../../schema/table-declaration';
import { NONE } from '../../secrecy/rule';
import { headline } from './headline';

export default defineTable({
  name: 'msp_profil',
  title: 'MSP – profil des maisons de santé',
  definition:
    'MSP actives au 31/12 (ou à l’arrêté pour son année) ayant une ligne de patientèle ; parts CSS et AME = moyennes des parts déclarées par les MSP qui en donnent une ; rémunération médiane des MSP rémunérées de l’année.',
  keys: [KEY_COLUMNS.niveau, KEY_COLUMNS.code, KEY_COLUMNS.annee],
  values: [
    column('nb_msp', 'MSP', 'count'),
    column('nb_multi_sites', 'MSP multi-sites', 'count'),
    column('pct_multi_sites', 'Part des MSP multi-sites', 'percent'),
    column('part_css_moyenne', 'Part moyenne de patients CSS', 'percent'),
    column('part_ame_moyenne', 'Part moyenne de patients AME', 'percent'),
    column('remuneration_mediane', 'Rémunération médiane', 'euro'),
  ],
  sheet: 'Profil des MSP',
  datasets: ['structures', 'patientele', 'remunerations'],
  // The paid amounts the median is taken of: a revised median names the MSP whose amount moved.
  rows: { of: 'structures', additive: ['nb_msp', 'nb_multi_sites'], listed: ['remuneration'] },
  secrecy: {
    ...NONE,
    weight: 'nb_msp',
    sums: ['nb_msp'],
    // Only the MSP count reaches a partner. The multi-site count gives its complement too (nb_msp −
    // nb_multi_sites: 6 single-site MSP in Paris), a count of structures the masks do not model; a
    // median is one MSP's amount (or the mean of two); the CSS and AME means stand on the MSP that
    // give a share, a number published nowhere: the fund's only.
    withheld: ['nb_multi_sites', 'pct_multi_sites', 'part_css_moyenne', 'part_ame_moyenne', 'remuneration_mediane'],
  },
  headline,
  section: { label: 'MSP – profil', defaultIndicator: 'pct_multi_sites' },
});
