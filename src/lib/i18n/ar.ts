/**
 * The interface in Modern Standard Arabic. Typed as the English catalogue, so a missing or extra
 * key is a type error. Counts give all six Arabic plural forms (plural.ts); the category, kind and
 * precision names follow data/vocabulary.ts's ids, and "claim" is ادعاء throughout, as in Arabic
 * fact-checking.
 */
import type { Catalogue } from './en';
import { countAr } from './plural';
import { formatLength } from './lengths';
import { isolate } from './bidi';
import { claimsAr, independentSourcesAr, originsAfterAr } from './ar-counts';
import { arTools } from './ar-tools';
import {
  geometryFactsAr,
  intervalAr,
  isoDateAr,
  occurredAr,
  occurredShortAr,
  precisionSentenceAr,
  tickAr,
  windowLabelAr,
} from './ar-format';

export const ar: Catalogue = {
  app: {
    title: 'citemap — عودة مقاتلي تنظيم الدولة إلى العراق، 2019',
    loading: 'جارٍ تحميل الأماكن ومصادرها…',
    loadFailed: 'تعذّر على citemap تحميل بياناته',
    rebuildBefore: 'شغّل',
    rebuildAfter: 'لإعادة بنائها، ثم أعد تحميل الصفحة.',
  },
  header: {
    subtitle: 'مقاتلو تنظيم الدولة يتسللون من سوريا عائدين إلى العراق، 2019 — لكل علامة مصدرها',
    sidebar: 'عوامل التصفية وقائمة الأماكن',
    map: 'الخريطة',
    mapProblem: 'واجهت الخريطة مشكلة:',
    hintLabel: 'كيف تُقرأ الخريطة',
    hint: 'اختر علامةً لتقرأ المصادر التي تستند إليها.',
    dismissHint: 'إخفاء التلميح',
    noWebglTitle: 'لا يستطيع هذا المتصفح رسم الخريطة',
    noWebgl:
      'يرسم citemap خريطته بتقنية WebGL، وقد عطّلها هذا المتصفح أو لا يدعمها. كل مكان وادعاء واقتباس موجود في القائمة بجانب هذه الرسالة، مع البحث وعوامل التصفية ذاتها؛ جرّب متصفحًا آخر، أو فعّل تسريع العتاد، لتراها على الخريطة.',
  },
  labels: {
    legend: 'لغة الخريطة',
    both: 'كلتاهما',
  },
  filters: {
    title: 'التصفية',
    reset: 'إعادة ضبط التصفية',
    all: 'الكل',
    none: 'لا شيء',
    selectAll: (group: string) => `الكل: تحديد كل ${group}`,
    selectNone: (group: string) => `لا شيء: إلغاء تحديد كل ${group}`,
    independent: 'المصادر الأصلية المستقلة فقط',
    independentExplain: 'احتسب فقط الاقتباسات من مقالات ليست إعادة صياغة لمقال آخر ولا نسخة منه.',
    categories: 'الفئات',
    categoriesGroup: 'الفئات',
    categoriesLegend: 'الفئات (الادعاءات)',
    sources: 'المصادر',
    sourcesGroup: 'المصادر',
    sourcesLegend: 'المصادر (الادعاءات المقتبسة)',
    precision: 'دقة تحديد الموقع',
    precisionGroup: 'درجات الدقة',
    precisionLegend: 'دقة الموقع (الأماكن)',
    summary: (selected: number | null, total: number) =>
      selected === null ? 'الكل' : selected === 0 ? 'لا شيء' : `${selected} من ${total}`,
    claimsAfter: (n: number) =>
      countAr(n, {
        zero: ' ادعاء',
        one: ' ادعاء',
        two: ' ادعاءان',
        few: ' ادعاءات',
        many: ' ادعاءً',
        other: ' ادعاء',
      }),
    placesAfter: (n: number) =>
      countAr(n, {
        zero: ' مكان',
        one: ' مكان',
        two: ' مكانان',
        few: ' أماكن',
        many: ' مكانًا',
        other: ' مكان',
      }),
  },
  legend: {
    title: 'دليل الخريطة',
    sizes: 'عدد الادعاءات في المكان',
    sizesAlt: (counts: string) => `تكبر مساحة الدائرة مع عدد الادعاءات: ${counts}.`,
    kind: 'النوع الرئيسي للادعاء',
    shown: (n: number) =>
      countAr(n, {
        zero: ' ادعاء معروض',
        one: ' ادعاء معروض',
        two: ' ادعاءان معروضان',
        few: ' ادعاءات معروضة',
        many: ' ادعاءً معروضًا',
        other: ' ادعاء معروض',
      }),
    precision: 'دقة تحديد الموقع',
    band: 'حدود أو نهر',
    bandExplain: 'حدود أو نهر: شريط عريض شبه شفاف.',
    helpBefore: 'عند التركيز على الخريطة:',
    helpStep: 'للتنقّل بين الأماكن، و',
    helpOpen: 'لفتح أحدها.',
  },
  search: {
    label: 'ابحث في الأماكن والاقتباسات',
    hint: 'أسماء الأماكن بالعربية أو الإنجليزية، أو كلمات من المقالات. اضغط الشرطة المائلة (/) للعودة إلى هنا.',
    results: 'نتائج البحث',
    places: 'الأماكن',
    quotes: 'الاقتباسات',
    claims: (n: number) => claimsAr(n),
    hidden: 'أخفته عوامل التصفية',
    noResults: (q: string) => `لا نتائج لـ «${q}».`,
    searching: 'جارٍ البحث…',
    none: 'لا نتائج',
    count: (n: number, first: number | null) =>
      countAr(n, {
        zero: 'لا نتائج',
        one: 'نتيجة واحدة',
        two: 'نتيجتان',
        few: '# نتائج',
        many: '# نتيجةً',
        other: '# نتيجة',
      }) + (first === null ? '' : `، أول ${first} منها`),
  },
  list: {
    title: 'الأماكن',
    sort: 'ترتيب الأماكن',
    sorts: { reported: 'الأكثر ورودًا', az: 'أبجديًا (A–Z)' },
    empty: 'لا يطابق أيُّ مكان عوامل التصفية.',
    summary: (places: number, totalPlaces: number, claims: number, totalClaims: number) =>
      `${places} من ${countAr(totalPlaces, {
        zero: '# مكان',
        one: '# مكان',
        two: '# مكانين',
        few: '# أماكن',
        many: '# مكانًا',
        other: '# مكان',
      })} · ${claims} من ${countAr(totalClaims, {
        zero: '# ادعاء',
        one: '# ادعاء',
        two: '# ادعاءين',
        few: '# ادعاءات',
        many: '# ادعاءً',
        other: '# ادعاء',
      })}`,
    meta: (kind: string, precision: string) => `${kind} · الدقة: ${precision}`,
    counts: (claims: number, independent: number) =>
      `${claimsAr(claims)}، ${independentSourcesAr(independent)}`,
    mostly: (category: string) => `؛ أغلبها ${category}`,
    claimsAt: (place: string) => `الادعاءات في ${place}`,
    undated: 'بلا تاريخ',
  },
  briefing: {
    present: 'اعرض الإحاطة',
    resume: (step: number) => `تابع الإحاطة من الخطوة ${step}`,
    startOver: 'ابدأ من جديد',
    keys: (title: string, steps: number) =>
      `${title} — ${countAr(steps, {
        zero: 'بلا خطوات',
        one: 'خطوة واحدة',
        two: 'خطوتان',
        few: '# خطوات',
        many: '# خطوةً',
        other: '# خطوة',
      })}. المفاتيح: ← التالي، → السابق، Esc للخروج.`,
  },
  panel: {
    close: 'إغلاق لوحة الاستشهادات',
    aboutPlace: 'عن هذا المكان',
    measured: 'الطول المقيس',
    alongLine: 'على امتداد الخط المرسوم',
    articlesSay: 'تقول المقالات',
    claims: 'الادعاءات',
    cited: (n: number) =>
      countAr(n, {
        zero: 'لا ادعاءات مستشهد بها هنا',
        one: 'ادعاء واحد مستشهد به هنا',
        two: 'ادعاءان مستشهد بهما هنا',
        few: '# ادعاءات مستشهد بها هنا',
        many: '# ادعاءً مستشهدًا به هنا',
        other: '# ادعاء مستشهد به هنا',
      }),
    hidden: (n: number, shown: boolean) =>
      countAr(n, {
        zero: 'لا ادعاءات أخرى',
        one: 'ادعاء آخر',
        two: 'ادعاءان آخران',
        few: '# ادعاءات أخرى',
        many: '# ادعاءً آخر',
        other: '# ادعاء آخر',
      }) + (shown ? ' أخفتها عوامل التصفية، وتُعرض رغم ذلك' : ' أخفتها عوامل التصفية'),
    hideAgain: 'أخفِها مجددًا',
    showAnyway: 'اعرضها رغم ذلك',
    loadingQuotes: 'جارٍ تحميل الاقتباسات…',
  },
  claim: {
    occurred: 'تاريخ الوقوع',
    notSaid: 'لا تذكره النصوص',
    reported: 'تاريخ الإبلاغ',
    numbers: 'الأعداد',
    disagreeLabel: 'ادعاءات تخالف هذا الادعاء',
    disagree: 'تختلف المصادر',
    thisClaim: 'هذا الادعاء',
    disagreeing: 'ادعاء مخالف',
    at: (place: string) => ` · في ${place}`,
    openOther: 'افتح هذا الادعاء',
    openAt: (place: string) => ` في ${place}`,
    quotations: 'الاقتباسات',
    badge: (independent: number) => independentSourcesAr(independent),
    corroboration: (articles: number, independent: number, names: string) => {
      const quoted = `اقتبسته ${countAr(articles, {
        zero: 'لا مقالات',
        one: 'مقالة واحدة',
        two: 'مقالتان',
        few: '# مقالات',
        many: '# مقالةً',
        other: '# مقالة',
      })}`;
      if (articles === independent) {
        return `${quoted}، ${articles === 1 ? 'وهي أصل مستقل' : 'وكلٌّ منها أصل مستقل'}: ${names}.`;
      }
      const origins = originsAfterAr(independent);
      return `${quoted}؛ وبتتبّع إعادات الصياغة والاستشهادات يعود إلى ${origins}: ${names}.`;
    },
    quoteNote: (relation: string, publication: string) =>
      `${relation} ${isolate(publication)} — غير مستقل`,
    reportedRange: (first: string, last: string) => `من ${first} إلى ${last}`,
    read: 'اقرأ في المصدر',
    copy: 'انسخ الاستشهاد',
    citationStyle: 'نمط الاستشهاد',
    asWritten: 'كما ورد',
    copied: 'نُسخ',
    manualCopy: 'الحافظة غير متاحة هنا. الاستشهاد محدَّد: اضغط Ctrl+C (أو ⌘C على Mac) لنسخه.',
  },
  reader: {
    archived: 'مقال مؤرشف',
    close: 'إغلاق المقال',
    dateBasis: (precision: string) => `كيف عُرف التاريخ (بدقة ${precision})`,
    datePrecision: { day: 'اليوم', month: 'الشهر', year: 'السنة' },
    from: {
      rewrite: 'إعادة صياغة لمقال',
      citation: 'يستشهد بمقال',
      syndication: 'نسخة معاد نشرها من',
      'wire-copy': 'نسخة من خبر وكالة',
    },
    to: {
      rewrite: 'أعاد صياغته',
      citation: 'استشهد به',
      syndication: 'أعاد نشره',
      'wire-copy': 'نقله عن الوكالة',
    },
    prevArrow: '→',
    nextArrow: '←',
    original: 'أصلي: لا يستند إلى أيٍّ من المقالات المؤرشفة الأخرى.',
    notIndependent: 'غير مستقل',
    note: 'ملاحظة تحريرية',
    links: {
      original: 'الأصل',
      archive: 'نسخة مؤرشفة',
      offline:
        'يفتح صفحة الويب في علامة تبويب جديدة؛ يعمل هذا التطبيق دون اتصال، لذا يلزم اتصال بالشبكة.',
    },
    passages: (n: number) =>
      countAr(n, {
        zero: 'لا مقاطع من هذا المقال مستشهد بها على الخريطة',
        one: 'مقطع واحد من هذا المقال مستشهد به على الخريطة',
        two: 'مقطعان من هذا المقال مستشهد بهما على الخريطة',
        few: '# مقاطع من هذا المقال مستشهد بها على الخريطة',
        many: '# مقطعًا من هذا المقال مستشهدًا به على الخريطة',
        other: '# مقطع من هذا المقال مستشهد به على الخريطة',
      }),
    loadFailed: 'تعذّر تحميل النص المؤرشف.',
    loading: 'جارٍ تحميل النص المؤرشف…',
    previous: 'السابق',
    next: 'التالي',
    passageOf: (i: number, n: number) => `المقطع ${i} من ${n}`,
    citedAt: (place: string) => `· مستشهد به في ${place} —`,
    showOnMap: 'اعرضه على الخريطة',
    notCited: 'هذا المقطع غير مستشهد به على الخريطة.',
    total: (n: number) =>
      countAr(n, {
        zero: 'لا مقاطع مستشهد بها',
        one: 'مقطع واحد مستشهد به',
        two: 'مقطعان مستشهد بهما',
        few: '# مقاطع مستشهد بها',
        many: '# مقطعًا مستشهدًا به',
        other: '# مقطع مستشهد به',
      }) + ' · «التالي» ينقلك إلى أولها',
  },
  relation: {
    rewrite: 'إعادة صياغة لمقال',
    syndication: 'نسخة معاد نشرها من',
    'wire-copy': 'نسخة من خبر وكالة',
    citation: 'يستشهد بمقال',
  },
  country: { IQ: 'العراق', SY: 'سوريا' },
  category: {
    attack: 'هجوم',
    kidnapping: 'خطف',
    'border-crossing': 'عبور الحدود',
    'military-operation': 'عملية عسكرية',
    'cell-presence': 'وجود خلايا',
    'battle-history': 'معركة سابقة',
    'extortion-finance': 'ابتزاز وتمويل',
    'threat-statement': 'تهديد أو بيان',
    assessment: 'تقييم',
  },
  kind: {
    city: 'مدينة',
    town: 'بلدة',
    village: 'قرية',
    site: 'موقع',
    base: 'قاعدة عسكرية',
    province: 'محافظة',
    'province-part': 'جزء من محافظة',
    'province-group': 'مجموعة محافظات',
    border: 'حدود',
    river: 'نهر',
    region: 'منطقة',
    country: 'دولة',
  },
  precision: {
    site: 'موقع محدد',
    settlement: 'بلدة أو مدينة',
    district: 'قضاء',
    province: 'محافظة',
    region: 'منطقة',
  },
  precisionExplain: {
    site: 'قاعدة أو جسر أو مبنى مسمّى: نقطة واضحة بإطار داكن.',
    settlement: 'في مكان ما داخل بلدة أو مدينة مسمّاة: نقطة.',
    district: 'حول بلدة، أو في جزء من محافظة: نقطة بهالة خفيفة.',
    province: 'في مكان ما داخل محافظة: مساحة مظللة بخطوط خفيفة، بلا نقطة.',
    region: 'منطقة غير محددة («الصحراء»، «الحدود»): مساحة باهتة جدًا.',
  },
  format: {
    isoDate: isoDateAr,
    interval: intervalAr,
    occurredShort: occurredShortAr,
    occurred: occurredAr,
    tick: tickAr,
    windowLabel: windowLabelAr,
    dateRange: (range) =>
      range === null
        ? arTools.exporting.allDates
        : range[0] === range[1]
          ? isoDateAr(range[0])
          : `${isoDateAr(range[0])} – ${isoDateAr(range[1])}`,
    precisionSentence: precisionSentenceAr,
    geometryFacts: geometryFactsAr,
    length: (value, unit, fractionDigits) => formatLength('ar', value, unit, fractionDigits),
  },
  ...arTools,
};
