// SPDX-License-Identifier: MIT
// --extern-pre-js for Emscripten 3.1.6 EXPORT_ES6 output: gives the generated
// module the CommonJS names it uses under node; does nothing in browsers.
var require, __dirname, __filename;
if (typeof process == 'object' && typeof process.versions == 'object' && typeof process.versions.node == 'string') {
  const { createRequire } = await import('node:module');
  const { fileURLToPath } = await import('node:url');
  const { dirname } = await import('node:path');
  require = createRequire(import.meta.url);
  __filename = fileURLToPath(import.meta.url);
  __dirname = dirname(__filename);
}
