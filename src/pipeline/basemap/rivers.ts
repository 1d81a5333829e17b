/**
 * The Euphrates, the Tigris and the Shatt al-Arab, hand-drawn through the towns on their banks.
 *
 * No river data set is bundled, and the articles locate events "on the Euphrates" or "along the
 * Tigris", not to a channel, so a locator-map line that passes each riverside town is what the map
 * needs. The lines are approximate (a few km off the true channel, which also meanders far more)
 * and are marked so. Waypoints that name a town carry its GeoNames id: rivers.test.ts checks each
 * lies within a few km of that town, so a typo in a coordinate cannot go unnoticed.
 */
import type { LonLat } from './region';

interface RiverWaypoint {
  at: LonLat;
  /** the town the river passes here, if any */
  near?: string;
  geonames_id?: number;
}

export interface RiverLine {
  id: string;
  name_en: string;
  name_ar: string;
  waypoints: readonly RiverWaypoint[];
}

export const RIVER_SOURCE =
  'Hand-drawn for citemap through the riverside towns (GeoNames positions); approximate, ±5 km.';

export const RIVERS: readonly RiverLine[] = [
  {
    id: 'euphrates',
    name_en: 'Euphrates',
    name_ar: 'الفرات',
    waypoints: [
      { at: [37.99, 37.03], near: 'Birecik', geonames_id: 321062 },
      { at: [38.02, 36.92] },
      { at: [38.03, 36.82], near: 'Jarabulus', geonames_id: 169179 },
      { at: [38.12, 36.66] },
      { at: [38.22, 36.52] },
      { at: [38.18, 36.38], near: 'Tishrin Dam' },
      { at: [38.11, 36.16] },
      { at: [38.06, 35.99], near: 'Maskanah', geonames_id: 167080 },
      { at: [38.3, 35.93] },
      { at: [38.56, 35.87], near: 'Tabqa', geonames_id: 172374 },
      { at: [38.8, 35.9] },
      { at: [39.01, 35.94], near: 'Raqqa', geonames_id: 172955 },
      { at: [39.35, 35.84] },
      { at: [39.65, 35.73] },
      { at: [39.95, 35.5] },
      { at: [40.15, 35.34], near: 'Deir ez-Zor', geonames_id: 170794 },
      { at: [40.42, 35.15], near: 'Busayrah', geonames_id: 173927 },
      { at: [40.46, 35.02], near: 'Mayadin', geonames_id: 173480 },
      { at: [40.65, 34.86] },
      { at: [40.82, 34.69], near: 'Hajin', geonames_id: 174506 },
      { at: [40.93, 34.47], near: 'Abu Kamal and Baghouz', geonames_id: 174448 },
      { at: [41.0, 34.41], near: 'Qaim', geonames_id: 92138 },
      { at: [41.25, 34.4] },
      { at: [41.55, 34.45] },
      { at: [41.92, 34.47], near: 'Rawa', geonames_id: 92004 },
      { at: [41.98, 34.39], near: 'Anah', geonames_id: 6765385 },
      { at: [42.12, 34.3] },
      { at: [42.36, 34.17], near: 'Haditha', geonames_id: 96309 },
      { at: [42.55, 33.98] },
      { at: [42.62, 33.86] },
      { at: [42.83, 33.64], near: 'Hit', geonames_id: 95788 },
      { at: [43.05, 33.5] },
      { at: [43.3, 33.43], near: 'Ramadi', geonames_id: 98717 },
      { at: [43.55, 33.4] },
      { at: [43.77, 33.36], near: 'Fallujah', geonames_id: 99454 },
      { at: [44.0, 33.1] },
      { at: [44.28, 32.79], near: 'Musayyib', geonames_id: 99039 },
      { at: [44.23, 32.56], near: 'Hindiya', geonames_id: 99344 },
      { at: [44.36, 32.25], near: 'Kifl' },
      { at: [44.43, 32.05], near: 'Kufa', geonames_id: 99135 },
      { at: [44.55, 31.8] },
      { at: [44.65, 31.59], near: 'Shinafiyah', geonames_id: 98589 },
      { at: [45.0, 31.42] },
      { at: [45.29, 31.32], near: 'Samawah', geonames_id: 98530 },
      { at: [45.6, 31.22] },
      { at: [45.95, 31.1] },
      { at: [46.26, 31.05], near: 'Nasiriyah', geonames_id: 98854 },
      { at: [46.45, 30.9], near: 'Suq ash-Shuyukh', geonames_id: 90510 },
      { at: [46.75, 30.95] },
      { at: [47.04, 30.96], near: 'Chibayish' },
      { at: [47.25, 30.99] },
      { at: [47.43, 31.01], near: 'Qurna', geonames_id: 98993 },
    ],
  },
  {
    id: 'tigris',
    name_en: 'Tigris',
    name_ar: 'دجلة',
    waypoints: [
      { at: [42.19, 37.32], near: 'Cizre' },
      { at: [42.3, 37.2] },
      { at: [42.36, 37.11], near: 'Faysh Khabur' },
      { at: [42.5, 36.98] },
      { at: [42.7, 36.75] },
      { at: [42.82, 36.63], near: 'Mosul Dam' },
      { at: [42.98, 36.48] },
      { at: [43.13, 36.34], near: 'Mosul', geonames_id: 99072 },
      { at: [43.26, 36.16], near: 'Hammam al-Alil' },
      { at: [43.3, 35.96] },
      { at: [43.31, 35.8], near: 'Qayyarah', geonames_id: 99003 },
      { at: [43.24, 35.52], near: 'Shirqat', geonames_id: 91057 },
      { at: [43.35, 35.2] },
      { at: [43.5, 34.93], near: 'Baiji', geonames_id: 97783 },
      { at: [43.6, 34.75] },
      { at: [43.69, 34.61], near: 'Tikrit', geonames_id: 90150 },
      { at: [43.8, 34.4] },
      { at: [43.89, 34.2], near: 'Samarra', geonames_id: 91597 },
      { at: [44.17, 34.0], near: 'Balad', geonames_id: 98112 },
      { at: [44.3, 33.72] },
      { at: [44.33, 33.5] },
      { at: [44.39, 33.34], near: 'Baghdad', geonames_id: 98182 },
      { at: [44.48, 33.2] },
      { at: [44.56, 33.08], near: 'Salman Pak' },
      { at: [44.77, 32.93], near: 'Suwaira', geonames_id: 98459 },
      { at: [45.1, 32.8] },
      { at: [45.45, 32.62] },
      { at: [45.81, 32.5], near: 'Kut', geonames_id: 99131 },
      { at: [46.2, 32.45] },
      { at: [46.68, 32.45], near: 'Ali al-Gharbi', geonames_id: 99306 },
      { at: [46.95, 32.15] },
      { at: [47.14, 31.84], near: 'Amarah', geonames_id: 99608 },
      { at: [47.29, 31.53], near: 'Qalat Salih', geonames_id: 92537 },
      { at: [47.4, 31.3] },
      { at: [47.43, 31.01], near: 'Qurna', geonames_id: 98993 },
    ],
  },
  {
    id: 'shatt-al-arab',
    name_en: 'Shatt al-Arab',
    name_ar: 'شط العرب',
    waypoints: [
      { at: [47.43, 31.01], near: 'Qurna', geonames_id: 98993 },
      { at: [47.6, 30.8] },
      { at: [47.72, 30.62] },
      { at: [47.84, 30.52], near: 'Basra', geonames_id: 99532 },
      { at: [47.99, 30.45], near: 'Abu al-Khasib', geonames_id: 100050 },
      { at: [48.17, 30.4], near: 'Khorramshahr', geonames_id: 127319 },
      { at: [48.29, 30.3], near: 'Abadan', geonames_id: 145459 },
      { at: [48.42, 30.1] },
      { at: [48.48, 29.98], near: 'Fao', geonames_id: 99446 },
      { at: [48.56, 29.88] },
    ],
  },
];
