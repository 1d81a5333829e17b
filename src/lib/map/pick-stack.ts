/**
 * Stacked marks: where several places lie under the pointer (a town in a province in a country),
 * the first click opens the one `pickOrder` puts first and each further click at the same spot
 * opens the next, round and round, as map pickers in GIS tools do. A large area that smaller
 * marks cover entirely is reached this way by mouse, as the keyboard cursor reaches every place.
 *
 * "The same spot" is the same place on the ground (a panel opening may pad the camera and slide
 * the map under a still pointer), at the same zoom, bearing and pitch (another zoom draws another
 * stack), while the place the last click opened is still the one selected (a selection from the
 * list, or closing the panel, starts over).
 */
import type { LonLat } from '../data/types';

/** How far (CSS px) a click may land from the last one and still count as "again". */
export const SAME_SPOT_PX = 4;

export interface CameraKey {
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/** What is under the pointer now. */
export interface Here {
  /** the places under it, in pick order (pickOrder) */
  ids: readonly string[];
  /** the pointer, in px relative to the map */
  point: ScreenPoint;
  /** the ground under it */
  at: LonLat;
  camera: CameraKey;
}

/** The stack the last click stepped into, and which of it that click opened. */
export interface StackCycle {
  ids: readonly string[];
  index: number;
  at: LonLat;
  camera: CameraKey;
}

/** Where on screen a point on the ground is drawn now (the map's `project`). */
export type Project = (at: LonLat) => ScreenPoint;

/** The place the pointer means and, where others lie under it too, the one a click after it opens. */
export interface StackPick {
  id: string;
  /** places under the pointer, this one included */
  count: number;
  /** what clicking again opens; null when this place is alone here */
  next: string | null;
}

const CAMERA_EPSILON = 1e-6;

function sameCamera(a: CameraKey, b: CameraKey): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < CAMERA_EPSILON &&
    Math.abs(a.bearing - b.bearing) < CAMERA_EPSILON &&
    Math.abs(a.pitch - b.pitch) < CAMERA_EPSILON
  );
}

/** The same places, in any order: a pointer moved by a pixel may swap two dots' distances. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** Whether the pointer is still where `cycle` was clicked, with its pick still selected. */
function continues(
  cycle: StackCycle | null,
  here: Here,
  project: Project,
  selected: string | null,
): cycle is StackCycle {
  if (!cycle || selected === null || cycle.ids[cycle.index] !== selected) return false;
  if (!sameCamera(cycle.camera, here.camera) || !sameIds(cycle.ids, here.ids)) return false;
  const p = project(cycle.at);
  return Math.hypot(p.x - here.point.x, p.y - here.point.y) <= SAME_SPOT_PX;
}

function pickAt(ids: readonly string[], index: number): StackPick {
  const n = ids.length;
  return { id: ids[index]!, count: n, next: n > 1 ? ids[(index + 1) % n]! : null };
}

/**
 * What hovering at `here` names: the place the last click here opened, or, somewhere new, the
 * first of the stack — with what clicking (again) would open next.
 */
export function hoverStack(
  cycle: StackCycle | null,
  here: Here,
  project: Project,
  selected: string | null,
): StackPick | null {
  if (here.ids.length === 0) return null;
  if (continues(cycle, here, project, selected)) return pickAt(cycle.ids, cycle.index);
  return pickAt(here.ids, 0);
}

/**
 * A click at `here`: the next place of the stack when it repeats the last click, else the first.
 * Returns the place to open and the cycle to remember (null on empty map).
 */
export function clickStack(
  cycle: StackCycle | null,
  here: Here,
  project: Project,
  selected: string | null,
): { id: string; cycle: StackCycle } | null {
  if (here.ids.length === 0) return null;
  const next: StackCycle = continues(cycle, here, project, selected)
    ? { ...cycle, index: (cycle.index + 1) % cycle.ids.length }
    : { ids: [...here.ids], index: 0, at: here.at, camera: { ...here.camera } };
  return { id: next.ids[next.index]!, cycle: next };
}

/** The tooltip's line for a stack, e.g. "3 marks here: click again for Al-Anbar Governorate". */
export function stackHint(pick: StackPick, nameOf: (id: string) => string): string | null {
  if (pick.next === null) return null;
  return `${pick.count} marks here: click again for ${nameOf(pick.next)}`;
}
