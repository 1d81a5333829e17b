/**
 * The interface's English strings: the source of the catalogue's keys (ar.ts must give every one).
 * Strings only for what the app says; quotes, headlines, summaries and names are data and never
 * pass through here. Counts are functions, so each language can give all its plural forms.
 */
import type { Category, PlaceKind, Precision } from '../data/types';
import { CATEGORY_LABELS, KIND_LABELS, PRECISION_LABELS, PRECISIONS } from '../data/vocabulary';
import { PRECISION_STYLE } from '../legend/scales';
import { countsText } from '../data/format';
import { summaryLine } from '../list/rows';
import { countEn } from './plural';
import { enTools } from './en-tools';
import {
  formatInterval,
  formatIsoDate,
  formatOccurred as occurredShort,
  formatTick,
} from '../timeline/format';
import { windowLabel } from '../timeline/playback';
import { describePrecision, formatOccurred, geometryFacts } from '../citations/panel-model';
import { formatLength, type LengthUnit } from './lengths';
import { dateRangeLabel } from '../export/model';

export const en = {
  app: {
    title: 'citemap — ISIS fighters return to Iraq, 2019',
    loading: 'Loading the places and their sources…',
    loadFailed: 'citemap could not load its data',
    rebuildBefore: 'Run',
    rebuildAfter: 'to rebuild it, then reload.',
  },
  header: {
    subtitle: 'ISIS fighters slip back into Iraq from Syria, 2019 — every mark cited',
    sidebar: 'Filters and list of places',
    map: 'Map',
    mapProblem: 'The map had a problem:',
    hintLabel: 'How to read the map',
    hint: 'Select a mark to read the sources behind it.',
    dismissHint: 'Dismiss the hint',
    noWebglTitle: 'This browser cannot draw the map',
    noWebgl:
      'citemap draws its map with WebGL, which this browser has turned off or does not support. Every place, claim and quote is in the list beside this message, with the same search and filters; try another browser, or enable hardware acceleration, to see them on the map.',
  },
  labels: {
    legend: 'Map labels',
    both: 'Both',
  },
  filters: {
    title: 'Filters',
    reset: 'Reset filters',
    all: 'All',
    none: 'None',
    selectAll: (group: string) => `All: select all ${group}`,
    selectNone: (group: string) => `None: select no ${group}`,
    independent: 'Independent origins only',
    independentExplain:
      'Count only quotes from articles that are not rewrites or copies of another article.',
    categories: 'Categories',
    categoriesGroup: 'categories',
    categoriesLegend: 'Categories (claims)',
    sources: 'Sources',
    sourcesGroup: 'sources',
    sourcesLegend: 'Sources (claims quoted)',
    precision: 'How precisely placed',
    precisionGroup: 'precisions',
    precisionLegend: 'Location precision (places)',
    summary: (selected: number | null, total: number) =>
      selected === null ? 'all' : selected === 0 ? 'none' : `${selected} of ${total}`,
    claimsAfter: (n: number) => countEn(n, { one: ' claim', other: ' claims' }),
    placesAfter: (n: number) => countEn(n, { one: ' place', other: ' places' }),
  },
  legend: {
    title: 'Legend',
    sizes: 'Claims at a place',
    sizesAlt: (counts: string) => `Circle area grows with the number of claims: ${counts} claims.`,
    kind: 'Main kind of claim',
    shown: (n: number) => countEn(n, { one: ' claim shown', other: ' claims shown' }),
    precision: 'How precisely it is placed',
    band: 'Border or river',
    bandExplain: 'A border or a river: a wide, translucent band.',
    helpBefore: 'On the focused map:',
    helpStep: 'step through places,',
    helpOpen: 'opens one.',
  },
  search: {
    label: 'Search places and quotes',
    hint: 'Place names in English or Arabic, or words from the articles. Press slash to come back here.',
    results: 'Search results',
    places: 'Places',
    quotes: 'Quotes',
    claims: (n: number) => countEn(n, { one: '# claim', other: '# claims' }),
    hidden: 'hidden by the filters',
    noResults: (q: string) => `No results for “${q}”.`,
    searching: 'Searching…',
    none: 'No results',
    count: (n: number, first: number | null) =>
      countEn(n, { one: '# result', other: '# results' }) +
      (first === null ? '' : `, the first ${first}`),
  },
  list: {
    title: 'Places',
    sort: 'Sort places',
    sorts: { reported: 'Most reported', az: 'A–Z' },
    empty: 'No place matches the filters.',
    summary: summaryLine,
    meta: (kind: string, precision: string) => `${kind} · precision: ${precision.toLowerCase()}`,
    counts: countsText,
    mostly: (category: string) => `; mostly ${category}`,
    claimsAt: (place: string) => `Claims at ${place}`,
    undated: 'undated',
  },
  briefing: {
    present: 'Present briefing',
    resume: (step: number) => `Resume briefing at step ${step}`,
    startOver: 'Start over',
    keys: (title: string, steps: number) =>
      `${title} — ${countEn(steps, { one: '# step', other: '# steps' })}. Keys: → next, ← back, Esc to leave.`,
  },
  panel: {
    close: 'Close the citation panel',
    aboutPlace: 'About this place',
    measured: 'Measured length',
    alongLine: 'along the drawn line',
    articlesSay: 'The articles say',
    claims: 'Claims',
    cited: (n: number) => countEn(n, { one: '# claim cited here', other: '# claims cited here' }),
    hidden: (n: number, shown: boolean) =>
      countEn(n, { one: '# more claim', other: '# more claims' }) +
      (shown ? ' hidden by filters, shown anyway' : ' hidden by filters'),
    hideAgain: 'Hide them again',
    showAnyway: 'Show them anyway',
    loadingQuotes: 'Loading the quotes…',
  },
  claim: {
    occurred: 'Occurred',
    notSaid: 'The texts do not say',
    reported: 'Reported',
    numbers: 'Numbers',
    disagreeLabel: 'Claims that disagree with this one',
    disagree: 'The sources disagree',
    thisClaim: 'This claim',
    disagreeing: 'Disagreeing claim',
    at: (place: string) => ` · at ${place}`,
    openOther: 'Open this claim',
    openAt: (place: string) => ` at ${place}`,
    quotations: 'Quotations',
    badge: (independent: number) =>
      independent === 0
        ? 'No independent source'
        : countEn(independent, { one: '# independent source', other: '# independent sources' }),
    corroboration: (articles: number, independent: number, names: string) => {
      const quoted = `Quoted by ${countEn(articles, { one: '# article', other: '# articles' })}`;
      if (articles === independent) {
        return `${quoted}, ${articles === 1 ? 'an independent origin' : 'each an independent origin'}: ${names}.`;
      }
      const origins = countEn(independent, {
        one: '# independent origin',
        other: '# independent origins',
      });
      return `${quoted}; following rewrites and citations, ${independent === 1 ? 'it traces' : 'they trace'} back to ${origins}: ${names}.`;
    },
    quoteNote: (relation: string, publication: string) =>
      `${relation.charAt(0).toUpperCase()}${relation.slice(1)} ${/^the\s/i.test(publication) ? publication : `the ${publication}`} article — not independent`,
    reportedRange: (first: string, last: string) => `${first} to ${last}`,
    read: 'Read in source',
    copy: 'Copy citation',
    citationStyle: 'Citation style',
    asWritten: 'as written',
    copied: 'Copied',
    manualCopy:
      'The clipboard is not available here. The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  },
  reader: {
    archived: 'Archived article',
    close: 'Close the article',
    dateBasis: (precision: string) => `How the date is known (${precision} precision)`,
    datePrecision: { day: 'day', month: 'month', year: 'year' },
    from: {
      rewrite: 'A rewrite of',
      citation: 'Cites',
      syndication: 'A syndicated copy of',
      'wire-copy': 'Wire copy of',
    },
    to: {
      rewrite: 'Rewritten by',
      citation: 'Cited by',
      syndication: 'Syndicated by',
      'wire-copy': 'Carried as wire copy by',
    },
    prevArrow: '←',
    nextArrow: '→',
    original: 'Original: derives from none of the other archived articles.',
    notIndependent: 'not independent',
    note: 'Editorial note',
    links: {
      original: 'Original',
      archive: 'Archived copy',
      offline:
        'Opens the web page in a new tab; this app works offline, so it needs a network connection.',
    },
    passages: (n: number) =>
      countEn(n, {
        one: '# passage of this article cited on the map',
        other: '# passages of this article cited on the map',
      }),
    loadFailed: 'The archived text could not be loaded.',
    loading: 'Loading the archived text…',
    previous: 'Previous',
    next: 'Next',
    passageOf: (i: number, n: number) => `Passage ${i} of ${n}`,
    citedAt: (place: string) => `· cited at ${place} —`,
    showOnMap: 'Show on map',
    notCited: 'This passage is not cited on the map.',
    total: (n: number) =>
      countEn(n, { one: '# cited passage', other: '# cited passages' }) +
      ' · Next goes to the first',
  },
  relation: {
    rewrite: 'rewrite of',
    syndication: 'syndicated copy of',
    'wire-copy': 'wire copy of',
    citation: 'cites',
  },
  country: { IQ: 'Iraq', SY: 'Syria' } as Readonly<Record<string, string>>,
  category: CATEGORY_LABELS as Readonly<Record<Category, string>>,
  kind: KIND_LABELS as Readonly<Record<PlaceKind, string>>,
  precision: PRECISION_LABELS as Readonly<Record<Precision, string>>,
  /** how the map draws each precision, as the legend and the filters explain it */
  precisionExplain: Object.fromEntries(
    PRECISIONS.map((p) => [p, PRECISION_STYLE[p].description]),
  ) as Readonly<Record<Precision, string>>,
  /**
   * Dates, places and numbers worded from data (not strings: functions of a claim's date, a
   * place's facts): the English ones are the app's own helpers, which the pipeline shares.
   */
  format: {
    /** "19 Feb 2019", "Feb 2019", "2019" */
    isoDate: formatIsoDate,
    /** a half-open UTC interval, as short as its alignment allows: "17–24 Feb 2019" */
    interval: formatInterval,
    /** a claim's date, short, for the list and the timeline; null when it cannot be read */
    occurredShort,
    /** a claim's date in full, for the citation panel: "1–21 July 2019 (range)" */
    occurred: formatOccurred,
    /** the timeline's axis: "2019", "Feb", "18" */
    tick: formatTick,
    /** a playback window: "1–31 March 2019" */
    windowLabel,
    /** "All dates", "1 Feb 2019 – 31 Mar 2019" */
    dateRange: dateRangeLabel,
    /** "Settlement — a town located by GeoNames"; the labels are for languages that need them */
    precisionSentence: (
      p: Parameters<typeof describePrecision>[0],
      _precision: string,
      _kind: string,
    ) => describePrecision(p),
    geometryFacts,
    /** "599.4 km", "372.4 miles": a length with the given number of decimals */
    length: (value: number, unit: LengthUnit, fractionDigits: number) =>
      formatLength('en', value, unit, fractionDigits),
  },
  ...enTools,
} as const;

/** A catalogue: the same keys as English, any strings, the same function signatures. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Catalogue = Widen<typeof en>;
