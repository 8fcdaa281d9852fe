// SPDX-License-Identifier: MIT
// Krait's JavaScript API over the ES module build (krait.mjs + krait.wasm):
//
//   import { loadKrait } from './krait_api.mjs';
//   const krait = await loadKrait();
//   const { stdout, stderr, status } = krait.runPython('print(1 + 1)');   // '2\n', '', 0
//
// Works in browsers and in node (node reads krait.wasm from disk itself).
const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

async function toUrl(where) {
  if (where instanceof URL) return where;
  if (/^[a-z][a-z0-9+.-]+:/i.test(where)) return new URL(where);
  if (isNode) return (await import('node:url')).pathToFileURL(where);
  return new URL(where, globalThis.location?.href);
}

// Loads the module and creates one interpreter.
// options.moduleUrl   URL or path of krait.mjs (default: beside this file)
// options.wasmBinary  the bytes of krait.wasm (default: fetched by the module; read from disk in node)
// options.filename    the file name tracebacks show for runPython code (default '<exec>')
export async function loadKrait(options = {}) {
  const moduleUrl = await toUrl(options.moduleUrl ?? new URL('./krait.mjs', import.meta.url));
  let wasmBinary = options.wasmBinary;
  if (!wasmBinary && isNode) {
    // Emscripten 3.1.6's node path can't read a file:// URL (TOOLCHAIN.md §1.4).
    const { readFile } = await import('node:fs/promises');
    wasmBinary = await readFile(new URL('krait.wasm', moduleUrl));
  }
  const { default: createKraitModule } = await import(moduleUrl.href);
  const M = await createKraitModule({
    ...(wasmBinary ? { wasmBinary } : {}),
    print: (s) => console.log(s),
    printErr: (s) => console.error(s),
  });
  const decoder = new TextDecoder('utf-8');
  const cString = (text) => {
    const size = M.lengthBytesUTF8(text) + 1;
    const ptr = M._malloc(size);
    if (!ptr) throw new Error('krait: out of memory');
    M.stringToUTF8(text, ptr, size);
    return ptr;
  };
  const output = (session, fd) => {
    const ptr = M._krait_web_output(session, fd), len = M._krait_web_output_len(session, fd) >>> 0;
    return M.HEAPU8 ? decoder.decode(M.HEAPU8.subarray(ptr, ptr + len)) : M.UTF8ToString(ptr, len);
  };
  const defaultFilename = options.filename ?? '<exec>';
  let session = M._krait_web_new();
  if (!session) throw new Error('krait: could not create an interpreter');

  return {
    module: M,
    // Runs Python source in this interpreter's __main__; globals persist between calls.
    // Returns { stdout, stderr, status, error }: status as a python process's exit
    // status (0, 1 after an uncaught exception, n for SystemExit(n)); error is the
    // last line of the exception ("ZeroDivisionError: division by zero") or null.
    runPython(code, { filename = defaultFilename } = {}) {
      if (!session) throw new Error('krait: interpreter was closed');
      const codePtr = cString(String(code)), namePtr = cString(filename);
      let status;
      try {
        status = M._krait_web_run(session, codePtr, namePtr);
      } finally {
        M._free(codePtr);
        M._free(namePtr);
      }
      const errPtr = M._krait_web_last_error(session);
      return {
        stdout: output(session, 1),
        stderr: output(session, 2),
        status,
        error: errPtr ? M.UTF8ToString(errPtr) : null,
      };
    },
    // Replaces the interpreter with a fresh one (empty __main__).
    reset() {
      if (session) M._krait_web_free(session);
      session = M._krait_web_new();
      if (!session) throw new Error('krait: could not create an interpreter');
    },
    // Frees the interpreter; runPython fails afterwards.
    close() {
      if (session) M._krait_web_free(session);
      session = 0;
    },
  };
}
