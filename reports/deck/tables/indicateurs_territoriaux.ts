// The territorial programmes, each at the place of the June 2024 deck (deck/programmes.ts): the
// declaration's places are named after those of the programmes. Before Mon soutien psy, after the
// controls of the centres, the heart-failure pathway of the CPTS, MSP and centres.
import { isProgrammePlace } from '../programmes';
import { addParcoursIcSlide } from '../slides/parcours-ic-slide';
import { addProgrammeSlides } from '../slides/programme-slides';
import type { TableSlides } from '../table-slides';

export default {
  after: (context, part) => {
    if (part === 'avant-depistage') addParcoursIcSlide(context);
    if (part && isProgrammePlace(part)) addProgrammeSlides(context, part);
  },
} satisfies TableSlides;
