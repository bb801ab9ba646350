// Types of `claimlens/widget`: importing it defines the <claim-lens> element.
import type { Report } from './pkg/claimlens.js';

/**
 * `<claim-lens for="story-body" date="2024-11-08">`: the claims of an article, by speaker,
 * with numbers and dates made explicit. Attributes: `text`, `for` (the id of the element
 * holding the article), `date` (ISO 8601), `theme` (`light` | `dark`), `clean` (`false`
 * keeps every line). It analyses in a Web Worker (`claimlens/worker`, beside it).
 */
export class ClaimLens extends HTMLElement {
  /** The last report, or null before the first analysis finishes. */
  report: Report | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-lens': ClaimLens;
  }
  interface HTMLElementEventMap {
    /** Each finished analysis; bubbles to the document. */
    'claimlens-report': CustomEvent<Report>;
    /** A bad `date` attribute or an article that could not be analysed: the message. */
    'claimlens-error': CustomEvent<string>;
  }
}
