/** Name of the TopoJSON object holding the departments; each geometry's `id` is its INSEE code. */
export const DEPARTEMENTS_OBJECT = 'departements';
