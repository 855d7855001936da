// The territorial programmes, each at the place of the June 2024 deck (deck/programmes.ts): the
// declaration's places are named after those of the programmes.
import { isProgrammePlace } from '../programmes';
import { addProgrammeSlides } from '../slides/programme-slides';
import type { TableSlides } from '../table-slides';

export default {
  after: (context, part) => {
    if (part && isProgrammePlace(part)) addProgrammeSlides(context, part);
  },
} satisfies TableSlides;
