import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_LAYER_IDS, labelTextField, setLabelLanguage, type LabelLanguage } from './labels';

function parseTextField(lang: LabelLanguage) {
  return expression.createExpression(
    labelTextField(lang),
    'layers[0].layout.text-field',
    latest.layout_symbol['text-field'] as unknown as Parameters<
      typeof expression.createExpression
    >[2],
  );
}

/** Evaluates a text-field the way MapLibre does, to a plain string (format sections joined). */
function render(lang: LabelLanguage, properties: Record<string, string>): string {
  const parsed = parseTextField(lang);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const value: unknown = parsed.value.evaluate({ zoom: 6 }, {
    type: 'Point',
    properties,
  } as never);
  if (typeof value === 'string') return value;
  return (value as { sections: { text: string }[] }).sections.map((s) => s.text).join('');
}

const BAGHDAD = { name_en: 'Baghdad', name_ar: 'بغداد' };
const RUTBAH = { name_en: 'Ar Ruţbah' };

describe('labelTextField', () => {
  it('English shows name_en', () => {
    expect(render('en', BAGHDAD)).toBe('Baghdad');
  });

  it('Arabic shows name_ar, or English where there is none', () => {
    expect(render('ar', BAGHDAD)).toBe('بغداد');
    expect(render('ar', RUTBAH)).toBe('Ar Ruţbah');
  });

  it('both puts English above Arabic, and English alone where there is no Arabic', () => {
    expect(render('both', BAGHDAD)).toBe('Baghdad\nبغداد');
    expect(render('both', RUTBAH)).toBe('Ar Ruţbah');
  });

  it('both scales the Arabic line down', () => {
    const parsed = parseTextField('both');
    if (parsed.result !== 'success') throw new Error('invalid expression');
    const value = parsed.value.evaluate({ zoom: 6 }, {
      type: 'Point',
      properties: BAGHDAD,
    } as never) as { sections: { text: string; scale: number | null }[] };
    expect(value.sections.at(-1)).toMatchObject({ text: 'بغداد', scale: 0.9 });
  });
});

function fakeMap(layerIds: string[]) {
  const calls: [string, string, unknown][] = [];
  return {
    calls,
    getLayer: (id: string) => (layerIds.includes(id) ? { id } : undefined),
    setLayoutProperty(id: string, name: string, value: unknown) {
      calls.push([id, name, value]);
    },
  };
}

describe('setLabelLanguage', () => {
  it('sets text-field on every label layer', () => {
    const map = fakeMap([...LABEL_LAYER_IDS, 'country-fill']);
    expect(setLabelLanguage(map, 'ar')).toEqual([]);
    expect(map.calls.map((c) => c[0])).toEqual([...LABEL_LAYER_IDS]);
    for (const [, name, value] of map.calls) {
      expect(name).toBe('text-field');
      expect(value).toEqual(labelTextField('ar'));
    }
  });

  it('skips and reports layers the style lacks', () => {
    const map = fakeMap(['label-city']);
    expect(setLabelLanguage(map, 'both')).toEqual(
      LABEL_LAYER_IDS.filter((id) => id !== 'label-city'),
    );
    expect(map.calls).toEqual([['label-city', 'text-field', labelTextField('both')]]);
  });
});
