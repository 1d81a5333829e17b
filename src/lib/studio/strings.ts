/** The studio's user-visible English strings, in one place for the i18n catalogue. */
export const STRINGS = {
  curate: 'Curate',
  studio: 'Curation studio',
  noToken:
    'This page has no studio token: the studio works only under the dev server (npm run dev).',
  welcomeTitle: 'An empty project',
  welcome:
    'This map has no sources yet. Start by adding a source: paste an article’s text, or drop a saved .txt or .html page. Then select passages in it to make claims, and place them from the gazetteer.',
  addSource: 'Add a source',
  saved: (label: string, warnings: string[]) =>
    `Saved: ${label}.` + (warnings.length ? ` Warnings: ${warnings.join(' ')}` : ''),
  stale: (files: string[]) =>
    `Not saved: ${files.length ? files.join(', ') : 'the project'} changed on disk since the studio read it (another tab, an editor or a git pull). The studio has read the project again; check it and make your change again.`,
  refused: (label: string, n: number) =>
    `Not saved: “${label}” has ${n} problem${n === 1 ? '' : 's'} (shown beside the fields). It is kept as a draft.`,
  undone: (label: string) => `Undone: ${label}.`,
  discarded: (label: string) => `Draft discarded: ${label}.`,
  loadingGazetteer: 'Loading the gazetteer… (the first time takes a few seconds)',
} as const;
