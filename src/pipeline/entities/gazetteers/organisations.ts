import type { EntityType } from '../../types'

/**
 * International organisations, news agencies and institutions named by their seat, with their
 * Arabic names, Arabic acronyms and Latin acronyms. Canonical name first. `acronyms` are
 * matched as whole words only (and Latin ones case-sensitively), so short forms like واس or UN
 * do not fire inside other words. Curated by hand; extend by adding entries.
 */
export interface OrgEntry {
  id: string
  names: string[]
  acronyms?: string[]
  /** ORG unless said otherwise. */
  type?: EntityType
}

export const ORGANISATIONS: readonly OrgEntry[] = [
  // United Nations system
  {
    id: 'un',
    names: ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'هيئة الأمم المتحدة'],
    acronyms: ['UN', 'U.N.'],
  },
  {
    id: 'unsc',
    names: ['مجلس الأمن الدولي', 'مجلس الأمن', 'مجلس الأمن التابع للأمم المتحدة'],
    acronyms: ['UNSC'],
  },
  { id: 'unga', names: ['الجمعية العامة للأمم المتحدة'], acronyms: ['UNGA'] },
  { id: 'unhrc', names: ['مجلس حقوق الإنسان', 'مجلس حقوق الإنسان التابع للأمم المتحدة'] },
  {
    id: 'unhcr',
    names: [
      'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
      'مفوضية الأمم المتحدة لشؤون اللاجئين',
      'مفوضية اللاجئين',
    ],
    acronyms: ['UNHCR'],
  },
  {
    id: 'ohchr',
    names: ['المفوضية السامية لحقوق الإنسان', 'مفوضية الأمم المتحدة لحقوق الإنسان'],
    acronyms: ['OHCHR'],
  },
  {
    id: 'unicef',
    names: ['منظمة الأمم المتحدة للطفولة', 'اليونيسف', 'يونيسف', 'اليونيسيف', 'يونيسيف'],
    acronyms: ['UNICEF'],
  },
  {
    id: 'unesco',
    names: ['منظمة الأمم المتحدة للتربية والعلم والثقافة', 'اليونسكو', 'يونسكو'],
    acronyms: ['UNESCO'],
  },
  {
    id: 'unrwa',
    names: ['وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين', 'الأونروا', 'أونروا'],
    acronyms: ['UNRWA'],
  },
  { id: 'wfp', names: ['برنامج الأغذية العالمي'], acronyms: ['WFP'] },
  { id: 'undp', names: ['برنامج الأمم المتحدة الإنمائي'], acronyms: ['UNDP'] },
  { id: 'unep', names: ['برنامج الأمم المتحدة للبيئة'], acronyms: ['UNEP'] },
  {
    id: 'unctad',
    names: ['مؤتمر الأمم المتحدة للتجارة والتنمية', 'الأونكتاد'],
    acronyms: ['UNCTAD'],
  },
  { id: 'wipo', names: ['المنظمة العالمية للملكية الفكرية', 'الويبو'], acronyms: ['WIPO'] },
  { id: 'itu', names: ['الاتحاد الدولي للاتصالات'], acronyms: ['ITU'] },
  { id: 'icao', names: ['منظمة الطيران المدني الدولي'], acronyms: ['ICAO'] },
  { id: 'imo', names: ['المنظمة البحرية الدولية'], acronyms: ['IMO'] },
  { id: 'wmo', names: ['المنظمة العالمية للأرصاد الجوية'], acronyms: ['WMO'] },
  { id: 'unido', names: ['منظمة الأمم المتحدة للتنمية الصناعية'], acronyms: ['UNIDO'] },
  { id: 'fao', names: ['منظمة الأغذية والزراعة', 'الفاو'], acronyms: ['FAO'] },
  { id: 'who', names: ['منظمة الصحة العالمية'], acronyms: ['WHO'] },
  { id: 'iaea', names: ['الوكالة الدولية للطاقة الذرية'], acronyms: ['IAEA'] },
  {
    id: 'ocha',
    names: ['مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'مكتب تنسيق الشؤون الإنسانية'],
    acronyms: ['OCHA'],
  },
  { id: 'icj', names: ['محكمة العدل الدولية'], acronyms: ['ICJ'] },
  { id: 'icc', names: ['المحكمة الجنائية الدولية'], acronyms: ['ICC'] },
  { id: 'imf', names: ['صندوق النقد الدولي'], acronyms: ['IMF'] },
  { id: 'worldbank', names: ['البنك الدولي'] },
  { id: 'wto', names: ['منظمة التجارة العالمية'], acronyms: ['WTO'] },
  { id: 'ilo', names: ['منظمة العمل الدولية'], acronyms: ['ILO'] },
  // Regional and security organisations
  {
    id: 'nato',
    names: [
      'حلف شمال الأطلسي',
      'حلف الأطلسي',
      'حلف الناتو',
      'منظمة حلف شمال الأطلسي',
      'الناتو',
      'ناتو',
      'حلف شمال الاطلنطي',
    ],
    acronyms: ['NATO', 'OTAN'],
  },
  { id: 'eu', names: ['الاتحاد الأوروبي', 'الاتحاد الاوربي'], acronyms: ['EU'] },
  { id: 'ec', names: ['المفوضية الأوروبية'] },
  { id: 'ep', names: ['البرلمان الأوروبي'] },
  { id: 'au', names: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي'], acronyms: ['AU'] },
  { id: 'arableague', names: ['جامعة الدول العربية', 'الجامعة العربية'] },
  {
    id: 'gcc',
    names: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية'],
    acronyms: ['GCC'],
  },
  { id: 'oic', names: ['منظمة التعاون الإسلامي', 'منظمة المؤتمر الإسلامي'], acronyms: ['OIC'] },
  {
    id: 'opec',
    names: [
      'منظمة البلدان المصدرة للبترول',
      'منظمة الدول المصدرة للنفط',
      'منظمة الأقطار المصدرة للنفط',
      'منظمة الدول المصدرة للبترول',
      'أوبك',
    ],
    acronyms: ['OPEC'],
  },
  { id: 'opecplus', names: ['أوبك+', 'أوبك بلس'] },
  { id: 'csto', names: ['منظمة معاهدة الأمن الجماعي'], acronyms: ['CSTO', 'ODKB'] },
  { id: 'cis', names: ['رابطة الدول المستقلة', 'كومنولث الدول المستقلة'], acronyms: ['CIS'] },
  { id: 'sco', names: ['منظمة شنغهاي للتعاون'], acronyms: ['SCO'] },
  { id: 'eaeu', names: ['الاتحاد الاقتصادي الأوراسي'], acronyms: ['EAEU'] },
  { id: 'osce', names: ['منظمة الأمن والتعاون في أوروبا'], acronyms: ['OSCE'] },
  { id: 'coe', names: ['مجلس أوروبا'] },
  { id: 'asean', names: ['رابطة دول جنوب شرق آسيا', 'آسيان'], acronyms: ['ASEAN'] },
  { id: 'brics', names: ['بريكس'], acronyms: ['BRICS'] },
  { id: 'g7', names: ['مجموعة السبع', 'مجموعة الدول السبع'], acronyms: ['G7'] },
  { id: 'g20', names: ['مجموعة العشرين'], acronyms: ['G20'] },
  { id: 'ecowas', names: ['المجموعة الاقتصادية لدول غرب أفريقيا', 'إيكواس'], acronyms: ['ECOWAS'] },
  {
    id: 'sadc',
    names: [
      'مجموعة تنمية الجنوب الأفريقي',
      'مجموعة تنمية الجنوب الإفريقي',
      'الجماعة الإنمائية للجنوب الأفريقي',
    ],
    acronyms: ['سادك', 'SADC'],
  },
  {
    id: 'igad',
    names: ['الهيئة الحكومية للتنمية', 'الهيئة الحكومية الدولية المعنية بالتنمية'],
    acronyms: ['إيغاد', 'إيقاد', 'IGAD'],
  },
  {
    id: 'interpol',
    names: ['الإنتربول', 'الانتربول', 'منظمة الشرطة الجنائية الدولية'],
    acronyms: ['INTERPOL'],
  },
  // Humanitarian and rights groups
  {
    id: 'icrc',
    names: ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر الدولي', 'الصليب الأحمر'],
    acronyms: ['ICRC'],
  },
  {
    id: 'ifrc',
    names: ['الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر'],
    acronyms: ['IFRC'],
  },
  { id: 'redcrescent', names: ['الهلال الأحمر'] },
  { id: 'amnesty', names: ['منظمة العفو الدولية', 'العفو الدولية'] },
  {
    id: 'hrw',
    names: ['هيومن رايتس ووتش', 'هيومان رايتس ووتش', 'هيومن رايتس واتش'],
    acronyms: ['HRW'],
  },
  { id: 'msf', names: ['أطباء بلا حدود'], acronyms: ['MSF'] },
  { id: 'rsf', names: ['مراسلون بلا حدود'], acronyms: ['RSF'] },
  // News agencies and broadcasters
  { id: 'reuters', names: ['رويترز'], acronyms: ['Reuters'] },
  {
    id: 'afp',
    names: ['فرانس برس', 'وكالة الصحافة الفرنسية'],
    acronyms: ['أ ف ب', 'أ.ف.ب', 'AFP'],
  },
  { id: 'ap', names: ['أسوشيتد برس', 'أسوشييتد برس'], acronyms: ['AP'] },
  { id: 'tass', names: ['تاس'], acronyms: ['TASS'] },
  { id: 'ria', names: ['ريا نوفوستي'], acronyms: ['RIA'] },
  { id: 'interfax', names: ['إنترفاكس', 'انترفاكس'], acronyms: ['Interfax'] },
  { id: 'sputnik', names: ['سبوتنيك'] },
  {
    id: 'xinhua',
    names: ['شينخوا', 'وكالة أنباء الصين الجديدة'],
    acronyms: ['Xinhua'],
  },
  { id: 'anadolu', names: ['وكالة الأناضول'] },
  { id: 'spa', names: ['وكالة الأنباء السعودية'], acronyms: ['واس', 'SPA'] },
  { id: 'wam', names: ['وكالة أنباء الإمارات'], acronyms: ['وام', 'WAM'] },
  { id: 'sana', names: ['الوكالة العربية السورية للأنباء'], acronyms: ['سانا', 'SANA'] },
  { id: 'qna', names: ['وكالة الأنباء القطرية'], acronyms: ['قنا', 'QNA'] },
  { id: 'kuna', names: ['وكالة الأنباء الكويتية'], acronyms: ['كونا', 'KUNA'] },
  { id: 'mena', names: ['وكالة أنباء الشرق الأوسط'], acronyms: ['أ ش أ', 'MENA'] },
  {
    id: 'tap',
    names: ['وكالة تونس أفريقيا للأنباء', 'وكالة تونس إفريقيا للأنباء'],
    acronyms: ['وات', 'TAP'],
  },
  {
    id: 'irna',
    names: ['وكالة الجمهورية الإسلامية للأنباء', 'إرنا'],
    acronyms: ['IRNA'],
  },
  {
    id: 'wafa',
    names: ['وكالة الأنباء والمعلومات الفلسطينية'],
    acronyms: ['وفا', 'WAFA'],
  },
  { id: 'bbc', names: ['هيئة الإذاعة البريطانية', 'بي بي سي'], acronyms: ['BBC'] },
  { id: 'cnn', names: ['سي إن إن'], acronyms: ['CNN'] },
  { id: 'fox', names: ['فوكس نيوز'] },
  { id: 'nyt', names: ['نيويورك تايمز'] },
  { id: 'wapo', names: ['واشنطن بوست'] },
  { id: 'wsj', names: ['وول ستريت جورنال'] },
  { id: 'guardian', names: ['الغارديان'] },
  { id: 'bloomberg', names: ['بلومبرغ', 'بلومبيرغ'], acronyms: ['Bloomberg'] },
  // Institutions named by their seat (metonymy)
  { id: 'kremlin', names: ['الكرملين'] },
  { id: 'whitehouse', names: ['البيت الأبيض'] },
  {
    id: 'pentagon',
    names: ['البنتاغون', 'البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية'],
  },
  { id: 'statedept', names: ['وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية'] },
  { id: 'elysee', names: ['الإليزيه', 'قصر الإليزيه'] },
  { id: 'downing', names: ['داونينغ ستريت'] },
  { id: 'congress', names: ['الكونغرس', 'الكونجرس', 'الكونغرس الأمريكي', 'الكونغرس الأميركي'] },
  { id: 'knesset', names: ['الكنيست'] },
  { id: 'duma', names: ['مجلس الدوما', 'الدوما'] },
  {
    id: 'cia',
    names: ['وكالة المخابرات المركزية الأمريكية', 'وكالة المخابرات المركزية'],
    acronyms: ['CIA'],
  },
  { id: 'fbi', names: ['مكتب التحقيقات الفيدرالي', 'مكتب التحقيقات الاتحادي'], acronyms: ['FBI'] },
  { id: 'fsb', names: ['جهاز الأمن الفيدرالي الروسي', 'جهاز الأمن الفيدرالي'], acronyms: ['FSB'] },
  // Companies and platforms often in the news
  { id: 'gazprom', names: ['غازبروم', 'جازبروم'], acronyms: ['Gazprom'] },
  { id: 'aramco', names: ['أرامكو', 'أرامكو السعودية'], acronyms: ['Aramco'] },
  { id: 'facebook', names: ['فيسبوك', 'فيس بوك'], acronyms: ['Facebook'] },
  { id: 'twitter', names: ['تويتر'], acronyms: ['Twitter'] },
  { id: 'google', names: ['غوغل', 'جوجل'], acronyms: ['Google'] },
]
