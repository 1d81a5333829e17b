import {
  AttributionControl,
  FullscreenControl,
  NavigationControl,
  ScaleControl,
  type IControl,
  type Map as MapLibreMap,
} from 'maplibre-gl';

/** A one-button control that returns the map to the overview. */
class ResetControl implements IControl {
  #container: HTMLDivElement | undefined;
  readonly #onReset: () => void;

  constructor(onReset: () => void) {
    this.#onReset = onReset;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group citemap-reset';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'citemap-reset-button';
    button.title = 'Reset to overview';
    button.setAttribute('aria-label', 'Reset map to the overview of Iraq and eastern Syria');
    button.textContent = '⌂';
    button.addEventListener('click', this.#onReset);
    container.append(button);
    this.#container = container;
    return container;
  }

  onRemove(): void {
    this.#container?.remove();
    this.#container = undefined;
  }
}

/**
 * Adds the controls people expect. Two scale bars, because the articles speak in miles
 * ("370-mile border") and most readers in kilometres.
 */
export function addStandardControls(map: MapLibreMap, onReset: () => void): IControl[] {
  const controls: [IControl, Parameters<MapLibreMap['addControl']>[1]][] = [
    [new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right'],
    [new ResetControl(onReset), 'top-right'],
    [
      new FullscreenControl({ container: map.getContainer().parentElement ?? undefined }),
      'top-right',
    ],
    [new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left'],
    [new ScaleControl({ unit: 'imperial', maxWidth: 120 }), 'bottom-left'],
    [
      // The basemap source carries the credits (Natural Earth, GeoNames, hand-drawn rivers).
      new AttributionControl({ compact: false }),
      'bottom-right',
    ],
  ];
  for (const [control, position] of controls) map.addControl(control, position);
  return controls.map(([control]) => control);
}
