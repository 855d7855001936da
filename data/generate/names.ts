// Structure names as the fund's tools hold them: French, accented, with typographic apostrophes
// (bytes 0x92 and 0x9C in Windows-1252) and, now and then, a name typed over two lines with a `;`.
import { Random } from './random';
import type { Structure } from './structure';

const MSP_PLACES = [
  'des Tilleuls',
  'du Parc',
  'Pasteur',
  'Simone-Veil',
  'Louise-Michel',
  'des Lilas',
  'Saint-Exupéry',
  'Cœur de ville',
  'de l’Ourcq',
  'des Bords de Marne',
  'Jean-Moulin',
  'du Val',
  'la Fontaine',
  'Marie-Curie',
  'de la Gare',
  'des Coteaux',
  'l’Orée du bois',
  'Champs-Élysées',
  'du Moulin',
  'Hélène-Boucher',
];
const CDS_KINDS = {
  dentaire: ['Centre de santé dentaire', 'Centre dentaire mutualiste', 'Cabinet dentaire associatif'],
  infirmier: ['Centre de soins infirmiers', 'Centre de santé infirmier'],
  medical: ['Centre médical', 'Centre de santé médical', 'Centre de santé municipal'],
  polyvalent: ['Centre de santé polyvalent', 'Centre municipal de santé', 'Centre de santé mutualiste'],
} as const;
const SECOND_LINES = ['(ex-MSP Pasteur)', 'antenne nord', 'site principal', 'et annexe rue de l’Église'];

const VOWEL = /^[AEIOUYÉÈÊÂÎÔaeiouyéèêâîô]/;

/** `de Paris`, `d’Évry-Courcouronnes`, `du Blanc-Mesnil`, `des Lilas`, `de l’Haÿ-les-Roses`. */
export function ofPlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (name.startsWith('La ')) return `de la ${name.slice(3)}`;
  if (name.startsWith("L'")) return `de l’${name.slice(2)}`;
  return VOWEL.test(name) ? `d’${name}` : `de ${name}`;
}

export function structureName(seed: number, structure: Structure): string {
  const rng = new Random(seed, 'name', structure.copy, structure.slot.index);
  const town = structure.commune.nom.replace(/'/g, '’');
  let name: string;
  switch (structure.type) {
    case 'MSP':
      // In a city every MSP would otherwise be called after it: they go by a street or a person.
      name =
        structure.commune.population > 200_000
          ? `${rng.pick(['MSP', 'Maison de santé', 'Pôle de santé'])} ${rng.pick(MSP_PLACES)} – ${town}`
          : rng.chance(0.5)
            ? `Maison de santé pluriprofessionnelle ${ofPlace(structure.commune.nom)}`
            : rng.chance(0.5)
              ? `MSP ${rng.pick(MSP_PLACES)}`
              : `MSP ${town}`;
      break;
    case 'CDS':
      name = `${rng.pick(CDS_KINDS[structure.categorie ?? 'polyvalent'])} ${rng.chance(0.7) ? town : rng.pick(MSP_PLACES)}`;
      break;
    case 'CPTS':
      name = rng.chance(0.6) ? `CPTS ${ofPlace(structure.commune.nom)}` : `CPTS ${town} et environs`;
      break;
  }
  // A name kept on two lines in the source tool, one of them holding the delimiter.
  if (structure.slot.index % 83 === 5) name = `${name}; ${rng.pick(SECOND_LINES)}\n${rng.pick(SECOND_LINES)}`;
  return name;
}
