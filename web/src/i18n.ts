// The interface's words in English and Russian. The language comes from the
// browser (navigator.languages) unless the user switched it; the choice is kept
// in localStorage. Go's own words (wait reasons, panics, escape reasons) are
// never translated: they are shown exactly as the runtime prints them.

export type Lang = 'en' | 'ru';

const en = {
  run: 'Run', runTitle: 'Run (Ctrl+Enter)', stop: 'Stop', pause: 'Pause', continue: 'Continue',
  time: 'Time', timeReal: 'real', timeVirtual: 'virtual', speed: 'Speed', seed: 'Seed',
  examples: 'Examples', share: 'Share', reset: 'Reset', theme: 'Light / dark theme',
  copyLink: 'Copy link', copied: 'Copied', copyFailed: 'Select the link and copy it',
  runHint: 'Ctrl+Enter runs', output: 'Output',
  tabGoroutines: 'Goroutines', tabStackHeap: 'Stack & heap', tabMemory: 'Memory',
  statusLoading: 'loading runtime…', statusReady: 'ready', statusRunning: 'running',
  statusPaused: 'paused', statusCompiling: 'compiling…', statusRestarted: 'runtime restarted',
  programExited: 'Program exited.', programExitedStatus: 'Program exited: status {0}.',
  programStopped: 'Program stopped.', outputCapped: '[output truncated: more than {0} kept]',
  noProgram: 'Press Run to see the goroutines.',
  colId: 'G', colState: 'state', colFunc: 'function', colCreated: 'created by', colStack: 'stack',
  createdAt: '{0} in goroutine {1}, line {2}', total: '{0} goroutines', capped: '(list capped)',
  stackOf: 'Stack of goroutine {0}', stackSize: 'size {0}, used {1}, high water {2}',
  growth: 'growth', frames: 'frames', moreFrames: '… {0} more frames', slots: 'slots',
  noFrames: 'Frames are shown for the selected goroutine.', selectHint: 'Click a goroutine to see its stack.',
  heapTitle: 'Heap objects', heapEmpty: 'No heap objects yet.', live: 'live', garbage: 'freed after GC',
  allocatedAt: 'allocated in {0} at {1}:{2}', moreObjects: '… {0} more objects',
  memTitle: 'Memory over time', goroutineCount: 'goroutines',
  galleryNote: 'From the study note', galleryMore: 'More examples',
  linkReady: 'Link with the program and settings:', inputHint: 'typing goes to the program (Ctrl+D ends input)',
};
type Key = keyof typeof en;

const ru: Record<Key, string> = {
  run: 'Запустить', runTitle: 'Запустить (Ctrl+Enter)', stop: 'Стоп', pause: 'Пауза', continue: 'Продолжить',
  time: 'Время', timeReal: 'реальное', timeVirtual: 'виртуальное', speed: 'Скорость', seed: 'Seed',
  examples: 'Примеры', share: 'Поделиться', reset: 'Сбросить', theme: 'Светлая / тёмная тема',
  copyLink: 'Копировать ссылку', copied: 'Скопировано', copyFailed: 'Выделите ссылку и скопируйте',
  runHint: 'Ctrl+Enter — запуск', output: 'Вывод',
  tabGoroutines: 'Горутины', tabStackHeap: 'Стек и куча', tabMemory: 'Память',
  statusLoading: 'загрузка среды…', statusReady: 'готово', statusRunning: 'выполняется',
  statusPaused: 'пауза', statusCompiling: 'компиляция…', statusRestarted: 'среда перезапущена',
  programExited: 'Program exited.', programExitedStatus: 'Program exited: status {0}.',
  programStopped: 'Программа остановлена.', outputCapped: '[вывод обрезан: сохранено не больше {0}]',
  noProgram: 'Нажмите «Запустить», чтобы увидеть горутины.',
  colId: 'G', colState: 'состояние', colFunc: 'функция', colCreated: 'создана', colStack: 'стек',
  createdAt: '{0} в горутине {1}, строка {2}', total: 'горутин: {0}', capped: '(список обрезан)',
  stackOf: 'Стек горутины {0}', stackSize: 'размер {0}, занято {1}, максимум {2}',
  growth: 'рост', frames: 'кадры', moreFrames: '… ещё кадров: {0}', slots: 'слоты',
  noFrames: 'Кадры показываются для выбранной горутины.', selectHint: 'Щёлкните горутину, чтобы увидеть её стек.',
  heapTitle: 'Объекты в куче', heapEmpty: 'В куче пока ничего нет.', live: 'жив', garbage: 'освобождён GC',
  allocatedAt: 'выделен в {0}, {1}:{2}', moreObjects: '… ещё объектов: {0}',
  memTitle: 'Память во времени', goroutineCount: 'горутины',
  galleryNote: 'Из конспекта', galleryMore: 'Другие примеры',
  linkReady: 'Ссылка с программой и настройками:', inputHint: 'ввод идёт в программу (Ctrl+D — конец ввода)',
};

const tables: Record<Lang, Record<Key, string>> = { en, ru };
const storageKey = 'goroscope:lang';
let current: Lang = initialLang();
const listeners: Array<() => void> = [];

function initialLang(): Lang {
  const saved = safeGet(storageKey);
  if (saved === 'en' || saved === 'ru') return saved;
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langs.some((l) => l?.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

function safeGet(key: string): string | null {
  try { return localStorage.getItem(key); } catch { return null; }
}

export function lang(): Lang { return current; }

/** t('createdAt', a, b) fills {0}, {1}, ... with the arguments. */
export function t(key: Key, ...args: Array<string | number>): string {
  return tables[current][key].replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

export function setLang(l: Lang): void {
  current = l;
  try { localStorage.setItem(storageKey, l); } catch { /* private mode: not remembered */ }
  applyStatic();
  for (const f of listeners) f();
}

export function onLangChange(f: () => void): void { listeners.push(f); }

/** Fills every element marked data-i18n / data-i18n-title in the static HTML. */
export function applyStatic(root: ParentNode = document): void {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Key);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle as Key);
}
