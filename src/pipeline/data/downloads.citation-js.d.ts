// citation-js ships no types; the little the client tests call, typed.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chainLink(data: string, options: { forceType: string }): Record<string, unknown>[];
      chain(
        data: string,
        options: { forceType: string; generateGraph?: boolean },
      ): Record<string, unknown>[];
    };
  };
  export class Cite {
    constructor(data: unknown);
    format(
      kind: 'bibliography',
      options: { format: 'text'; template: string; lang: string },
    ): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
