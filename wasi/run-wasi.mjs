#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs a WASI command module (krait.wasm) under node's built-in WASI: forwards
// args, --dir preopens, --env variables and the exit code, and reads stdin with
// blocking reads so an interactive session on a TTY works.
//
// usage: node --no-warnings wasi/run-wasi.mjs [--dir HOST[:GUEST]]... [--env K=V]...
//            [--inherit-env] file.wasm [args...]
import { readFile } from 'node:fs/promises';
import { readSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { argv, env, exit, cwd } from 'node:process';

const preopens = {}, wenv = {};
let i = 2;
for (; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--dir') { const [host, guest] = argv[++i].split(':'); preopens[guest ?? host] = host; }
  else if (a === '--env') { const kv = argv[++i]; const k = kv.slice(0, kv.indexOf('=')); wenv[k] = kv.slice(kv.indexOf('=') + 1); }
  else if (a === '--inherit-env') { Object.assign(wenv, env); }
  else break;
}
const wasmPath = argv[i];
if (!wasmPath) {
  console.error('usage: run-wasi.mjs [--dir HOST[:GUEST]]... [--env K=V]... [--inherit-env] file.wasm [args]');
  exit(2);
}
// With the whole host tree preopened as '/', tell the guest where the host's
// working directory is: krait's WASI entry chdir()s to $PWD, so relative paths
// on the command line mean what they mean in the shell.
if (preopens['/'] === '/' && wenv.PWD === undefined) wenv.PWD = cwd();

const wasi = new WASI({ version: 'preview1', args: [wasmPath, ...argv.slice(i + 1)], env: wenv, preopens, returnOnExit: true });
const imports = wasi.getImportObject();
const wasiP1 = imports.wasi_snapshot_preview1, origFdRead = wasiP1.fd_read;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
let memory;
// node's fd_read(0) returns EAGAIN when stdin is a TTY, and wasi-libc takes that
// as EOF, so a REPL would end at once: read fd 0 with blocking readSync instead.
wasiP1.fd_read = (fd, iovs, iovsLen, nreadPtr) => {
  if (fd !== 0) return origFdRead(fd, iovs, iovsLen, nreadPtr);
  const view = new DataView(memory.buffer);
  let total = 0;
  for (let k = 0; k < iovsLen; k++) {
    const ptr = view.getUint32(iovs + 8 * k, true), len = view.getUint32(iovs + 8 * k + 4, true);
    if (len === 0) continue;
    let n;
    for (;;) {
      try { n = readSync(0, new Uint8Array(memory.buffer, ptr, len)); break; }
      catch (e) {
        if (e.code === 'EAGAIN') { Atomics.wait(sleeper, 0, 0, 20); continue; }
        if (e.code === 'EOF') { n = 0; break; }
        return 29; // WASI EIO
      }
    }
    total += n;
    if (n < len) break;
  }
  new DataView(memory.buffer).setUint32(nreadPtr, total, true);
  return 0;
};
const instance = await WebAssembly.instantiate(await WebAssembly.compile(await readFile(wasmPath)), imports);
memory = instance.exports.memory;
let code;
try { code = wasi.start(instance); } catch (e) { console.error(`wasm trap: ${e && e.stack || e}`); code = 134; }
exit(code ?? 0);
