// The examples gallery. The programs themselves are the golden tests in
// tests/programs/note (the study note's examples, with its Russian comments)
// and tests/programs/examples (the rest): the golden suite proves each one
// prints what real Go 1.23 prints, and the page imports the very same files.

import type { Lang } from './i18n.ts';

const note = import.meta.glob('../../tests/programs/note/*.go', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const more = import.meta.glob('../../tests/programs/examples/*.go', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface Example { id: string; group: 'note' | 'more'; title: Record<Lang, string>; source: string; }

// Gallery order and titles; the id is the file name without .go.
const noteList: Array<[string, string, string]> = [
  ['say_hello', 'go sayHello() and time.Sleep', 'go sayHello() и time.Sleep'],
  ['print_numbers', 'Two printNumbers goroutines', 'Две горутины printNumbers'],
  ['waitgroup_workers', 'sync.WaitGroup waits for workers', 'sync.WaitGroup ждёт воркеров'],
  ['go_without_wait', 'go without waiting', 'go без ожидания'],
  ['stack_growth', 'Deep recursion grows the stack', 'Глубокая рекурсия растит стек'],
  ['heap_unknown_size', 'A value of unknown size goes to the heap', 'Значение неизвестного размера уходит в кучу'],
];
const moreList: Array<[string, string, string]> = [
  ['unbuffered_sync', 'Waiting with a done channel', 'Ожидание через канал done'],
  ['channel_ping_pong', 'Unbuffered channels: ping-pong', 'Небуферизованные каналы: пинг-понг'],
  ['buffered_channel', 'Buffered channel: len and cap', 'Буферизованный канал: len и cap'],
  ['close_range', 'close and range over a channel', 'close и range по каналу'],
  ['select_timeout', 'select with a timeout', 'select с тайм-аутом'],
  ['select_default', 'select with default', 'select с default'],
  ['worker_pool', 'Worker pool', 'Пул воркеров'],
  ['pipeline', 'Pipeline', 'Конвейер'],
  ['fan_in', 'Fan-in: merging channels', 'Fan-in: слияние каналов'],
  ['producer_consumer', 'Producers and a consumer', 'Производители и потребитель'],
  ['semaphore', 'A channel as a semaphore', 'Канал как семафор'],
  ['mutex_counter', 'sync.Mutex counter', 'Счётчик с sync.Mutex'],
  ['rwmutex_cache', 'sync.RWMutex cache', 'Кэш с sync.RWMutex'],
  ['atomic_counter', 'sync/atomic counter', 'Счётчик с sync/atomic'],
  ['sync_once', 'sync.Once', 'sync.Once'],
  ['context_cancel', 'context.WithTimeout', 'context.WithTimeout'],
  ['ticker', 'time.Ticker', 'time.Ticker'],
  ['many_goroutines', '1000 goroutines', '1000 горутин'],
  ['deadlock', 'Deadlock', 'Взаимная блокировка (deadlock)'],
  ['goroutine_panic', 'Panic in a goroutine', 'Паника в горутине'],
  ['recover_goroutine', 'recover in a goroutine', 'recover в горутине'],
  ['escape_return_pointer', 'Escape: returning a pointer', 'Утечка в кучу: возврат указателя'],
  ['escape_closure', 'Escape: captured by a closure', 'Утечка в кучу: захват замыканием'],
  ['escape_interface', 'Escape: passing to an interface', 'Утечка в кучу: передача в interface'],
  ['escape_large_slice', 'Escape: slice size and the stack', 'Утечка в кучу: размер среза и стек'],
  ['scan_input', 'Input with fmt.Scan', 'Ввод через fmt.Scan'],
];

function build(list: Array<[string, string, string]>, files: Record<string, string>, group: Example['group']): Example[] {
  const byId = new Map(Object.entries(files).map(([path, src]) => [path.replace(/^.*\//, '').replace(/\.go$/, ''), src]));
  return list.flatMap(([id, en, ru]) => {
    const source = byId.get(id);
    // A missing file is a build mistake; leaving it out keeps the gallery usable.
    if (source === undefined) { console.error(`example ${id}.go is missing`); return []; }
    return [{ id, group, title: { en, ru }, source }];
  });
}

export const examples: Example[] = [...build(noteList, note, 'note'), ...build(moreList, more, 'more')];

export function findExample(id: string): Example | undefined {
  return examples.find((e) => e.id === id);
}
