// SPDX-License-Identifier: MIT
// Start-up of the web build in node: loadKrait() (fetching and instantiating
// krait.wasm with its bundled stdlib) and the first runPython("import json").
// Each is timed in a fresh node process (--repeat times, default 5) and the
// best run counts; prints one line per figure, in milliseconds.
//
//   node bench/web_startup.mjs [--build build/web] [--repeat 5]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repo = path.resolve(path.dirname(here), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const buildDir = path.resolve(repo, opt('--build', process.env.KRAIT_WEB_BUILD ?? 'build/web'));

if (args.includes('--child')) {
  // One measurement: the times since this process started its work.
  const t0 = performance.now();
  const { loadKrait } = await import(pathToFileURL(path.join(repo, 'web', 'krait_api.mjs')));
  const krait = await loadKrait({
    moduleUrl: pathToFileURL(path.join(buildDir, 'krait.mjs')),
    wasmBinary: await readFile(path.join(buildDir, 'krait.wasm')),
  });
  const t1 = performance.now();
  const r = krait.runPython('import json');
  const t2 = performance.now();
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  console.log(JSON.stringify({ load: t1 - t0, json: t2 - t1 }));
} else {
  if (!existsSync(path.join(buildDir, 'krait.wasm'))) {
    console.error(`bench/web_startup.mjs: no ${buildDir}/krait.wasm; build it with: cmake --workflow --preset web`);
    process.exit(2);
  }
  const repeat = Number(opt('--repeat', 5));
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const out = execFileSync(process.execPath, [here, '--child', '--build', buildDir], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  const best = (k) => Math.min(...runs.map((r) => r[k]));
  const total = Math.min(...runs.map((r) => r.load + r.json));
  console.log(`loadKrait()                  ${best('load').toFixed(1)} ms`);
  console.log(`runPython("import json")     ${best('json').toFixed(1)} ms`);
  console.log(`loadKrait() + import json    ${total.toFixed(1)} ms`);
}
