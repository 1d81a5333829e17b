/**
 * The quotes as a W3C Web Annotation AnnotationCollection (https://www.w3.org/TR/annotation-model/,
 * JSON-LD with the http://www.w3.org/ns/anno.jsonld context): one annotation per claim × quote,
 * its body our summary, category and places, its target the archived article text with
 *
 * - a TextQuoteSelector: the exact quote and up to 32 characters either side, and
 * - a TextPositionSelector: start and end counted in Unicode code points, as the model requires
 *   ("the character number" of the text), converted from the data's UTF-16 offsets.
 *
 * `base` is where the article texts are addressed from: relative (`../../sources/`) in the
 * published file, beside which they are shipped, or the app's absolute address in a download.
 */
import type { PublishedSource, VerifiedClaim } from '../types';
import { keptClaims, keptPlaces, keptQuotes, type DownloadSet } from './rows';
import { codePointOffset, quoteContext } from './text';

const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

function annotation(
  set: DownloadSet,
  claim: VerifiedClaim,
  index: number,
  source: PublishedSource,
  text: string,
  base: string,
) {
  const quote = claim.quotes[index]!;
  const { prefix, suffix } = quoteContext(text, quote.start, quote.end);
  const places = keptPlaces(set, claim).map((id) => set.places.get(id)!.properties);
  return {
    id: `#${claim.id}/quotes/${index + 1}`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: claim.summary,
        format: 'text/plain',
        language: 'en',
      },
      { type: 'TextualBody', purpose: 'classifying', value: claim.category },
      ...places.map((p) => ({
        type: 'TextualBody',
        purpose: 'tagging',
        value: p.name_en,
        language: 'en',
      })),
    ],
    target: {
      source: resolve(source.path, base),
      type: 'Text',
      format: 'text/plain',
      language: source.language,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.text, prefix, suffix },
        {
          type: 'TextPositionSelector',
          start: codePointOffset(text, quote.start),
          end: codePointOffset(text, quote.end),
        },
      ],
    },
  };
}

/** `path` against `base`: an absolute URL when base has a scheme, else a relative reference. */
function resolve(path: string, base: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(base) ? new URL(path, base).href : `${base}${path}`;
}

/** The collection, one annotation per line, claims in id order and quotes in their order. */
export function annotationsJsonld(set: DownloadSet, base: string, label: string): string {
  const items: string[] = [];
  for (const claim of keptClaims(set)) {
    for (const { index } of keptQuotes(set, claim)) {
      const quote = claim.quotes[index]!;
      const source = set.sources.get(quote.source);
      const text = set.texts.get(quote.source);
      if (!source || text === undefined) {
        throw new Error(
          `downloads: claim "${claim.id}" quotes source "${quote.source}", whose text is not loaded.`,
        );
      }
      items.push(JSON.stringify(annotation(set, claim, index, source, text, base)));
    }
  }
  const head = {
    '@context': ANNOTATION_CONTEXT,
    id: '',
    type: 'AnnotationCollection',
    label,
    total: items.length,
  };
  const fields = Object.entries(head).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`,
  );
  const body = items.map((i) => `      ${i}`).join(',\n');
  return `{\n${fields.join('')}  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [\n${body}${items.length ? '\n' : ''}    ]\n  }\n}\n`;
}
