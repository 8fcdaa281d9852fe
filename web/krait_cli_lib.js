// SPDX-License-Identifier: MIT
// --js-library for the node flavour of the `krait` command (build/web/krait.js):
// host queries that Emscripten's NODERAWFS answers wrongly.
mergeInto(LibraryManager.library, {
  // NODERAWFS marks fds 0-2 as TTYs unconditionally; ask node instead, so piped
  // stdin runs as a script and only a terminal gets the REPL.
  krait_host_isatty: function (fd) {
    try {
      return require('tty').isatty(fd) ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },
});
