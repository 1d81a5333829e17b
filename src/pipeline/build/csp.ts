import type { Plugin } from 'vite';

/**
 * The production Content-Security-Policy, one directive per entry. README ("Serving it with
 * headers") gives hosts the same policy; tests/browser/build.spec.ts pins the built page to it.
 */
const PRODUCTION: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/**
 * The policy for the built app, or for Vite's dev server. The dev server injects every stylesheet
 * (and each Svelte component's CSS) as an inline `<style>` element, so only there does `style-src`
 * also allow inline style; everything else stays as strict as production, so an inline script or
 * an outside request fails in `npm run dev` just as it would in `dist/`.
 */
export function contentSecurityPolicy(target: 'build' | 'dev'): string {
  return PRODUCTION.map(([name, sources]) =>
    target === 'dev' && name === 'style-src'
      ? `${name} ${sources} 'unsafe-inline'`
      : `${name} ${sources}`,
  ).join('; ');
}

/** Adds the policy's `<meta>` to index.html: the strict one when building, the dev one when serving. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'citemap:csp-meta',
    transformIndexHtml: {
      // First, so the policy is in force before any script or stylesheet tag Vite adds.
      order: 'pre',
      handler: (_html, ctx) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(ctx.server ? 'dev' : 'build'),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
