// Citation.js ships no type declarations; these cover the part the tests use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The records as CSL-JSON items. */
    data: Array<Record<string, unknown>>;
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
  }
  export const plugins: {
    input: {
      /** One parsing step: e.g. a RIS file into its records as tag → value objects. */
      chainLink(data: unknown): unknown;
    };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
