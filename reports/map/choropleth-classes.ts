// The deck's map classes come from the module the dashboard uses too (pipeline/map-classes), so
// an indicator reads with the same classes in both.
export { classOf, mapClasses, NO_DATA, PERCENT_BREAKS, percentClasses } from '../../pipeline/map-classes';
export type { MapClass, MapClasses } from '../../pipeline/map-classes';
