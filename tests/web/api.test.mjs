// SPDX-License-Identifier: MIT
// node:test for the JS API (web/krait_api.mjs over build/web/krait.mjs).
// Run: node --test tests/web/api.test.mjs   (KRAIT_WEB_BUILD overrides build/web)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadKrait } from '../../web/krait_api.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = path.resolve(process.env.KRAIT_WEB_BUILD ?? path.join(repo, 'build', 'web'));
const krait = await loadKrait({
  moduleUrl: pathToFileURL(path.join(buildDir, 'krait.mjs')),
  wasmBinary: await readFile(path.join(buildDir, 'krait.wasm')),
});

test('print goes to stdout, status 0', () => {
  const r = krait.runPython('print(1+1)');
  assert.equal(r.stdout, '2\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.error, null);
});

test('an uncaught exception gives status 1 and a traceback on stderr', () => {
  const r = krait.runPython('1/0');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n/);
  assert.match(r.stderr, /ZeroDivisionError: division by zero\n$/);
  assert.match(r.error, /ZeroDivisionError: division by zero/);
});

test('sys.exit(3) gives status 3', () => {
  const r = krait.runPython('import sys\nsys.exit(3)');
  assert.equal(r.status, 3);
});

test('the interpreter keeps working after errors', () => {
  assert.equal(krait.runPython('1/0').status, 1);
  const r = krait.runPython('print(40+2)');
  assert.equal(r.stdout, '42\n');
  assert.equal(r.status, 0);
});

test('the bundled standard library imports with no setup', () => {
  const r = krait.runPython('import heapq, keyword\nprint(heapq.nlargest(2, [4, 1, 7]), keyword.iskeyword("def"))');
  assert.equal(r.stdout, '[7, 4] True\n');
  assert.equal(r.status, 0);
});

test('json, re, collections and dataclasses import and run (the modules the start-up goal names)', () => {
  const r = krait.runPython([
    'import json, re, collections, dataclasses, typing, enum',
    '@dataclasses.dataclass',
    'class P:',
    '    x: int',
    '    y: typing.List[str]',
    'print(json.dumps({"p": dataclasses.asdict(P(1, ["a"]))}, sort_keys=True))',
    'print(re.findall(r"\\d+", "a1b22"), collections.Counter("abca").most_common(1))',
  ].join('\n'));
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '{"p": {"x": 1, "y": ["a"]}}\n[\'1\', \'22\'] [(\'a\', 2)]\n');
  assert.equal(r.status, 0);
});
