import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from './csp';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((d) => {
      const [name, ...sources] = d.split(' ');
      return [name, sources.join(' ')];
    }),
  );

describe('contentSecurityPolicy', () => {
  it('is the strict production policy when building', () => {
    expect(contentSecurityPolicy('build')).toBe(
      "default-src 'none'; script-src 'self'; worker-src 'self' blob:; connect-src 'self'; " +
        "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; manifest-src 'self'; " +
        "base-uri 'none'; form-action 'none'",
    );
  });

  it('on the dev server allows inline style and changes nothing else', () => {
    const build = directives(contentSecurityPolicy('build'));
    const dev = directives(contentSecurityPolicy('dev'));
    expect(dev['style-src']).toBe("'self' 'unsafe-inline'");
    expect({ ...dev, 'style-src': build['style-src'] }).toEqual(build);
    expect(contentSecurityPolicy('dev')).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  });
});

describe('contentSecurityPolicyMeta', () => {
  const transform = (ctx: Partial<IndexHtmlTransformContext>) => {
    const hook = contentSecurityPolicyMeta().transformIndexHtml;
    if (!hook || typeof hook === 'function') throw new Error('expected an ordered hook');
    return hook.handler.call({} as never, '<html><head></head></html>', ctx as never);
  };

  it('adds the build policy to the built index.html, first in <head>', () => {
    expect(transform({ path: '/index.html', filename: 'index.html' })).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('build') },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('adds the dev policy to the page the dev server serves', () => {
    const tags = transform({ path: '/', filename: 'index.html', server: {} as never });
    expect(tags).toEqual([
      expect.objectContaining({
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('dev') },
      }),
    ]);
  });
});
