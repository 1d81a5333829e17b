/** The Download panel's English strings, together so the UI catalogue can take them over. */
export const DOWNLOADS = {
  button: 'Download',
  title: 'Download the data',
  close: 'Close',
  intro:
    'Every claim with its verbatim quotes, where the articles place it and who published it: for GIS, spreadsheets and reference managers. The data dictionary (datapackage.json) describes every field.',
  file: 'File',
  everything: (claims: number) => `Everything (${claims} claims)`,
  current: 'Current filters',
  filteredLabel: 'Filtered',
  filteredButton: (file: string) => `Filtered ${file}`,
  filtered: (claims: number, places: number) =>
    `The current filters show ${claims} ${claims === 1 ? 'claim' : 'claims'} at ${places} ${places === 1 ? 'place' : 'places'}`,
  noFilters: 'No filter is set, so the filtered files hold everything.',
  nothing: 'The filters show no claim: widen them to download a selection.',
  preparing: (file: string) => `Preparing ${file}…`,
  ready: (file: string) => `${file} downloaded.`,
  failed: (file: string, why: string) => `Could not prepare ${file}: ${why}`,
  handoutTitle: 'Downloads',
  handoutIntro:
    'The data behind this map, from the map’s Download button or directly at these addresses:',
} as const;
