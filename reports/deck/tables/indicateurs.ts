// Attainment of the remuneration indicators: the MSP's pages, and the CDS groups' (`part`).
import { addIndicatorSlides } from '../slides/indicator-slides';
import type { TableSlides } from '../table-slides';

export default {
  after: (context, part) => {
    if (part === 'MSP' || part === 'CDS') addIndicatorSlides(context, part);
  },
} satisfies TableSlides;
