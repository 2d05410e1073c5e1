// Where the machine's two cores go during a load: one folder loaded in Viable under
// Chromium's tracing, then, for pick → scan done and scan done → all decoded, the busy
// time of every thread of every Chromium process (top-level tasks), largest first.
//   npx tsx scripts/bench/traceThreads.ts --dist DIR [--slices 1000] [--syntax uncompressed|JPEG-LS] [--detail] [--save trace.json]
// --detail: more categories, and each thread's events by name; --save: the whole trace, for Chrome's trace viewer.
import { writeFileSync } from 'node:fs';
import { argument, runScript, untilAllDecoded, withOneFolderSession } from './oneFolderSession.ts';

interface TraceEvent {
  ph: string;
  name: string;
  cat: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of the event's thread, where the platform records it. */
  tdur?: number;
  args?: { name?: string };
}

async function main(): Promise<void> {
  await withOneFolderSession(async ({ folder, session }) => {
    const slices = folder.slices;
    const syntax = folder.syntax;
    const { page, context } = session;
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: process.argv.includes('--detail') ? ['toplevel', 'blink.user_timing', '__metadata', 'v8', 'blink', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'mojom', 'ipc', 'Blob', 'storage'] : ['toplevel', 'blink.user_timing', '__metadata'], recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
    await page.evaluate(() => {
      document.addEventListener('change', () => performance.mark('trace:picked'), { capture: true, once: true });
      const seen = new Set<string>();
      new MutationObserver(() => {
        if (!seen.has('scan') && document.querySelector('[data-testid="scan-progress"][data-status="done"]')) {
          seen.add('scan');
          performance.mark('trace:scanDone');
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByTestId('folder-input').setInputFiles(folder.dir);
    await untilAllDecoded(page, slices);
    await page.evaluate(() => performance.mark('trace:allDecoded'));
    await cdp.send('Tracing.end');
    await complete;
    const saveTo = argument('--save', '');
    // Chrome's trace viewer (and Perfetto) open this file: { traceEvents: [...] }.
    if (saveTo) writeFileSync(saveTo, JSON.stringify({ traceEvents: events }));
    const markAt = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'))?.ts;
    const [picked, scanDone, allDecoded] = ['trace:picked', 'trace:scanDone', 'trace:allDecoded'].map(markAt);
    if (picked === undefined || scanDone === undefined || allDecoded === undefined) throw new Error('marks missing from the trace');
    const processName = new Map<number, string>();
    const threadName = new Map<string, string>();
    for (const e of events) {
      if (e.ph === 'M' && e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '?');
      if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
    }
    console.log(`${slices} ${syntax}: scan ${((scanDone - picked) / 1000).toFixed(0)} ms, after it ${((allDecoded - scanDone) / 1000).toFixed(0)} ms`);
    for (const [from, to, label] of [
      [picked, scanDone, 'pick → scan done'],
      [scanDone, allDecoded, 'scan done → all decoded'],
    ] as const) {
      const busy = new Map<string, number>();
      const cpu = new Map<string, number>();
      const top = events.filter((e) => e.ph === 'X' && e.cat.includes('toplevel') && e.dur !== undefined && e.ts < to && e.ts + e.dur! > from);
      // Top-level tasks do not nest within a thread; clip each to the window.
      for (const e of top) {
        const key = `${e.pid}:${e.tid}`;
        const inWindow = Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts);
        busy.set(key, (busy.get(key) ?? 0) + inWindow);
        // CPU time, prorated to the part of the task inside the window.
        if (e.tdur !== undefined) cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur * inWindow) / e.dur!);
      }
      const total = [...busy.values()].reduce((a, b) => a + b, 0);
      const totalCpu = [...cpu.values()].reduce((a, b) => a + b, 0);
      console.log(`\n${label}: ${((to - from) / 1000).toFixed(0)} ms wall; over all threads ${(total / 1000).toFixed(0)} ms in tasks, ${(totalCpu / 1000).toFixed(0)} ms CPU`);
      console.log('  in tasks    CPU');
      for (const [key, us] of [...busy].sort((a, b) => (cpu.get(b[0]) ?? 0) - (cpu.get(a[0]) ?? 0)).slice(0, 16)) {
        const pid = Number(key.split(':')[0]);
        const ms = (v: number | undefined) => (v === undefined ? '-' : (v / 1000).toFixed(0)).padStart(7);
        console.log(`${ms(us)} ${ms(cpu.get(key))} ms  ${processName.get(pid) ?? pid} / ${threadName.get(key) ?? key}`);
        if (!process.argv.includes('--detail')) continue;
        // The thread's events by name (nested ones count within their parents too): a hint of what its tasks did.
        const byName = new Map<string, number>();
        for (const e of events) {
          if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== key || e.dur === undefined || e.ts >= to || e.ts + e.dur <= from) continue;
          const name = e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask' ? '' : e.name;
          if (name) byName.set(name, (byName.get(name) ?? 0) + (e.tdur ?? e.dur));
        }
        const names = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
        console.log(`            ${names.map(([n, v]) => `${n} ${(v / 1000).toFixed(0)}`).join(' · ')}`);
      }
    }
  });
}

runScript(main);
