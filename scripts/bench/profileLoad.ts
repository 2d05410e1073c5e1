// Where the page's thread spends a whole load: one folder loaded in Viable under V8's
// sampling profiler, from the folder pick until the first pane's prefetch has decoded
// every slice, summed by function (self time, through the build's source maps) and by
// owner (the deepest frame of Viable's own source, as taskAttribution charges long tasks).
//   npx tsx scripts/bench/profileLoad.ts --dist DIR [--slices 1000] [--syntax uncompressed|JPEG-LS] [--top 30] [--timeline 5]
// --timeline N: also, from the pick to the first image (--to-scan-end: to the scan's end; --after-scan: from the scan's end to all decoded), who held the thread in each N ms, with the app's first-image marks.
// DIR is a build with hidden source maps (`npx vite build --sourcemap hidden --outDir DIR`).
import { sourceMapLocator, startCpuProfile } from './cpuProfile.ts';
import { installMarks, readMarks } from './measureLoad.ts';
import { argument, runScript, untilAllDecoded, withOneFolderSession } from './oneFolderSession.ts';
import { attributeLongTasks, formatAttributedTasks, type LocateFrame, type ProfileSample } from './taskAttribution.ts';

/** Self time by the sample's innermost frame, named by source and function. */
function selfTimes(samples: readonly ProfileSample[], locate: LocateFrame): Map<string, number> {
  const spent = new Map<string, number>();
  for (const sample of samples) {
    const top = sample.stack[0];
    let name = '(idle)';
    if (top) {
      const place = top.url ? locate(top) : undefined;
      name = place ? `${place.source.replace(/^.*node_modules\//, '')}:${place.line} ${place.name ?? top.functionName}` : `${top.functionName || '(anonymous)'} ${top.url.replace(/^.*\//, '')}`;
    }
    spent.set(name, (spent.get(name) ?? 0) + sample.durationMs);
  }
  return spent;
}

function printTop(title: string, spent: Map<string, number>, top: number): void {
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title} (of ${total.toFixed(0)} ms sampled)`);
  for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

async function main(): Promise<void> {
  const top = Number(argument('--top', '30'));
  await withOneFolderSession(async ({ dist, folder, session }) => {
    const slices = folder.slices;
    const syntax = folder.syntax;
    const { page, context } = session;
    const cdp = await context.newCDPSession(page);
    await installMarks(page, slices);
    const profile = await startCpuProfile(page, cdp);
    await page.getByTestId('folder-input').setInputFiles(folder.dir);
    await untilAllDecoded(page, slices);
    const samples = await profile.stop();
    const { longTasks, ...marks } = await readMarks(page);
    // Marked in the page as it happened: the locator's polling finds it up to half a second later.
    const done = marks.allDecoded!;
    const picked = marks.picked!;
    const inLoad = samples.filter((s) => s.at >= picked && s.at <= done);
    console.log(`${slices} ${syntax}: first image ${(marks.firstImage! - picked).toFixed(0)} ms, scan done ${(marks.scanDone! - picked).toFixed(0)} ms, all decoded ${(done - picked).toFixed(0)} ms`);
    const locate = sourceMapLocator(dist);
    printTop('Self time by function', selfTimes(inLoad, locate), top);
    const [whole] = attributeLongTasks([[picked, done - picked]], inLoad, locate);
    printTop('Time by owner (deepest own frame)', new Map(whole!.contributors.map((c) => [c.owner, c.ms])), top);
    const longest = longTasks.filter(([start]) => start >= picked).sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log('\nLongest tasks after the pick, by owner:');
    for (const line of formatAttributedTasks(attributeLongTasks(longest, inLoad, locate), picked, 8)) console.log(`  ${line}`);
    const bucketMs = Number(argument('--timeline', '0'));
    if (bucketMs > 0) {
      const afterScan = process.argv.includes('--after-scan');
      const start = afterScan ? marks.scanDone! : picked;
      const until = afterScan ? done : process.argv.includes('--to-scan-end') ? marks.scanDone! : marks.firstImage!;
      const phases = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
      const span = afterScan ? 'the scan\'s end to all decoded' : `the pick to the ${until === marks.firstImage ? 'first image' : 'scan\'s end'}`;
      console.log(`\nFrom ${span}, ${bucketMs} ms at a time (owners, ms; times from the pick):`);
      for (let from = start; from < until + bucketMs; from += bucketMs) {
        const [bucket] = attributeLongTasks([[from, bucketMs]], inLoad.filter((s) => s.at >= from && s.at < from + bucketMs), locate);
        const crossed = phases.filter(([, at]) => at >= from && at < from + bucketMs).map(([name]) => name.replace(/^.*:/, ''));
        const owners = bucket!.contributors.slice(0, 3).map((c) => `${c.owner.replace(/^src\//, '')} ${c.ms.toFixed(1)}`);
        console.log(`  +${(from - picked).toFixed(0).padStart(4)}  ${owners.join(' · ')}${crossed.length ? `   ◀ ${crossed.join(', ')}` : ''}`);
      }
    }
    for (const [from, to, label] of [
      [picked, marks.scanDone!, 'pick → scan done'],
      [marks.scanDone!, done, 'scan done → all decoded'],
    ] as const) {
      const part = inLoad.filter((s) => s.at >= from && s.at < to);
      const busy = part.filter((s) => s.stack.length > 0 && s.stack[0]!.functionName !== '(idle)').reduce((a, s) => a + s.durationMs, 0);
      console.log(`${label}: ${(to - from).toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms`);
      const [phase] = attributeLongTasks([[from, to - from]], part, locate);
      printTop(`  owners, ${label}`, new Map(phase!.contributors.map((c) => [c.owner, c.ms])), Math.min(top, 15));
      printTop(`  self time, ${label}`, selfTimes(part, locate), Math.min(top, 25));
    }
  });
}

runScript(main);
