import { setRTLTextPlugin, setWorkerUrl, getRTLTextPluginStatus } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// An alias (vite.config.ts) for @mapbox/mapbox-gl-rtl-text's self-contained build; ?url ships it
// from our own origin so Arabic is shaped offline. The config also keeps it out of the dev
// server's dependency optimiser, which would otherwise hand this import a module, not a URL.
import rtlUrl from 'rtl-text-plugin?url';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import '@fontsource/noto-sans/latin-ext-400-italic.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';

/**
 * The font faces the map draws labels with. With no `glyphs` URL MapLibre rasterises labels from
 * CSS fonts, but only from fonts the document has already loaded, so each face is loaded up front.
 * The sample text makes the browser fetch the unicode-range subset that actually holds the glyphs.
 */
export const MAP_FONT_FACES: readonly string[] = [
  '400 16px "Noto Sans"',
  'italic 400 16px "Noto Sans"',
  '600 16px "Noto Sans"',
  '700 16px "Noto Sans"',
  '400 16px "Noto Sans Arabic"',
  '700 16px "Noto Sans Arabic"',
];
const FONT_SAMPLE = 'Ar Ruţbah Ḩadīthah العراق';

export interface FontLoader {
  load(font: string, text?: string): Promise<unknown>;
}

/** Loads every face the style uses; resolves even if one fails (labels then fall back to sans-serif). */
export async function loadMapFonts(fonts: FontLoader): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    MAP_FONT_FACES.map((face) =>
      fonts.load(face, FONT_SAMPLE).catch(() => {
        failed.push(face);
      }),
    ),
  );
  return failed;
}

/** True when the browser can give MapLibre a WebGL context (MapLibre 6 prefers WebGL 2). */
export function hasWebGL(doc: Pick<Document, 'createElement'> = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

let prepared: Promise<void> | undefined;

/** Points MapLibre at its worker and the RTL plugin on our own origin, and loads the fonts. Once. */
export function prepareMapLibre(): Promise<void> {
  prepared ??= (async () => {
    setWorkerUrl(workerUrl);
    if (getRTLTextPluginStatus() === 'unavailable') {
      // Not lazy: Arabic labels are on the first view when the user picks Arabic or both.
      await setRTLTextPlugin(rtlUrl, false);
    }
    await loadMapFonts(document.fonts);
  })();
  return prepared;
}
