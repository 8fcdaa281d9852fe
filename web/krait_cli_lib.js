// SPDX-License-Identifier: MIT
// --js-library for the node flavour of the `krait` command (build/web/krait.js):
// host queries that Emscripten's NODERAWFS answers wrongly.
mergeInto(LibraryManager.library, {
  // The program sees node's real environment (TZ, HOME ...), not Emscripten's
  // made-up one (USER=web_user ...): a variable node lacks is left unset.
  $kraitNodeEnv__deps: ['$ENV'],
  $kraitNodeEnv__postset: `
    if (ENVIRONMENT_IS_NODE) {
      ['USER', 'LOGNAME', 'PATH', 'PWD', 'HOME', 'LANG', '_'].forEach(function (k) { ENV[k] = undefined; });
      Object.assign(ENV, process.env);
    }`,
  $kraitNodeEnv: {},

  // NODERAWFS marks fds 0-2 as TTYs unconditionally; ask node instead, so piped
  // stdin runs as a script and only a terminal gets the REPL.
  krait_host_isatty__deps: ['$kraitNodeEnv'],
  krait_host_isatty: function (fd) {
    try {
      return require('tty').isatty(fd) ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },

  // Emscripten 3.1.6 hands NODERAWFS's utime milliseconds where node's
  // utimesSync takes seconds (every time set lands 1000 times too far): set
  // the times from the timespecs directly. times NULL means now; UTIME_NOW
  // (0x3fffffff) and UTIME_OMIT (0x3ffffffe, musl's values) in tv_nsec as in POSIX.
  __syscall_utimensat__deps: ['$FS', '$SYSCALLS', '$ERRNO_CODES'],
  __syscall_utimensat: function (dirfd, path, times, flags) {
    try {
      var fs = require('fs');
      path = SYSCALLS.calculateAt(dirfd, SYSCALLS.getStr(path), true);
      var nofollow = (flags & {{{ cDefine('AT_SYMLINK_NOFOLLOW') }}}) != 0;
      var st = nofollow ? fs.lstatSync(path) : fs.statSync(path);
      var now = Date.now() / 1000;
      var get = function (i, current) {
        if (!times) return now;
        var p = times + i * {{{ C_STRUCTS.timespec.__size__ }}};
        var sec = {{{ makeGetValue('p', C_STRUCTS.timespec.tv_sec, 'i32') }}};
        var nsec = {{{ makeGetValue('p', C_STRUCTS.timespec.tv_nsec, 'i32') }}};
        if (nsec == 0x3fffffff) return now;
        if (nsec == 0x3ffffffe) return current / 1000;
        // libuv keeps whole microseconds, truncating sec * 1e6: aim at the middle of one.
        return sec + (Math.floor(nsec / 1000) + 0.5) / 1e6;
      };
      var atime = get(0, st.atimeMs), mtime = get(1, st.mtimeMs);
      (nofollow ? fs.lutimesSync : fs.utimesSync)(path, atime, mtime);
      return 0;
    } catch (e) {
      if (e instanceof FS.ErrnoError) return -e.errno;
      if (e.code && ERRNO_CODES[e.code]) return -ERRNO_CODES[e.code];
      throw e;
    }
  },

  // Emscripten's linkat always fails with EMLINK; the host's file system has hard links.
  __syscall_linkat__deps: ['$FS', '$SYSCALLS', '$ERRNO_CODES'],
  __syscall_linkat: function (olddirfd, oldpath, newdirfd, newpath, flags) {
    try {
      oldpath = SYSCALLS.calculateAt(olddirfd, SYSCALLS.getStr(oldpath));
      newpath = SYSCALLS.calculateAt(newdirfd, SYSCALLS.getStr(newpath));
      require('fs').linkSync(oldpath, newpath);
      return 0;
    } catch (e) {
      if (e instanceof FS.ErrnoError) return -e.errno;
      if (e.code && ERRNO_CODES[e.code]) return -ERRNO_CODES[e.code];
      throw e;
    }
  },

  // Descriptor flags. Emscripten 3.1.6's fcntl ignores FD_CLOEXEC, can only add
  // status flags, and dup reopens by path with the original open flags
  // (O_TRUNC included) and fails for pipes. Here close-on-exec is kept per
  // stream (initially from O_CLOEXEC), F_SETFL sets and clears O_APPEND and
  // O_NONBLOCK, and a duplicate is a reopened file at the same offset or,
  // for a pipe, another reference to it.
  $kraitCloexec: function (stream) {
    return 'kraitCloexec' in stream ? stream.kraitCloexec : (stream.flags & {{{ cDefine('O_CLOEXEC') }}}) != 0;
  },
  $kraitDup__deps: ['$FS'],
  $kraitDup: function (old, fd, cloexec) {
    var copy;
    if (old.node && old.node.pipe) {
      old.node.pipe.refcnt++;
      copy = FS.createStream(old, fd, fd);
    } else {
      var keep = ~({{{ cDefine('O_CREAT') }}} | {{{ cDefine('O_EXCL') }}} | {{{ cDefine('O_TRUNC') }}});
      copy = FS.open(old.path, old.flags & keep, 0, fd, fd);
      copy.position = old.position;
    }
    copy.kraitCloexec = cloexec;
    return copy.fd;
  },
  __syscall_fcntl64__deps: ['$FS', '$SYSCALLS', '$kraitCloexec', '$kraitDup'],
  __syscall_fcntl64: function (fd, cmd, varargs) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      SYSCALLS.varargs = varargs;
      switch (cmd) {
        case {{{ cDefine('F_DUPFD') }}}:
        case 1030: { // F_DUPFD_CLOEXEC
          var min = SYSCALLS.get();
          if (min < 0) return -{{{ cDefine('EINVAL') }}};
          return kraitDup(stream, FS.nextfd(min), cmd == 1030);
        }
        case {{{ cDefine('F_GETFD') }}}:
          return kraitCloexec(stream) ? 1 : 0; // FD_CLOEXEC
        case {{{ cDefine('F_SETFD') }}}:
          stream.kraitCloexec = (SYSCALLS.get() & 1) != 0;
          return 0;
        case {{{ cDefine('F_GETFL') }}}:
          return stream.flags & ~{{{ cDefine('O_CLOEXEC') }}};
        case {{{ cDefine('F_SETFL') }}}: {
          var settable = {{{ cDefine('O_APPEND') }}} | {{{ cDefine('O_NONBLOCK') }}};
          stream.flags = (stream.flags & ~settable) | (SYSCALLS.get() & settable);
          return 0;
        }
        case {{{ cDefine('F_GETLK') }}}: {
          var lock = SYSCALLS.get();
          {{{ makeSetValue('lock', C_STRUCTS.flock.l_type, cDefine('F_UNLCK'), 'i16') }}};
          return 0;
        }
        case {{{ cDefine('F_SETLK') }}}:
        case {{{ cDefine('F_SETLKW') }}}:
          return 0; // one process: every lock is granted
        default:
          return -{{{ cDefine('EINVAL') }}};
      }
    } catch (e) {
      if (e instanceof FS.ErrnoError) return -e.errno;
      throw e;
    }
  },
  __syscall_dup__deps: ['$FS', '$SYSCALLS', '$kraitDup'],
  __syscall_dup: function (fd) {
    try {
      return kraitDup(SYSCALLS.getStreamFromFD(fd), FS.nextfd(0), false);
    } catch (e) {
      if (e instanceof FS.ErrnoError) return -e.errno;
      throw e;
    }
  },
  __syscall_dup3__deps: ['$FS', '$SYSCALLS', '$kraitDup'],
  __syscall_dup3: function (fd, fd2, flags) {
    try {
      var old = SYSCALLS.getStreamFromFD(fd);
      if (fd == fd2) return -{{{ cDefine('EINVAL') }}};
      var existing = FS.getStream(fd2);
      if (existing) FS.close(existing);
      return kraitDup(old, fd2, (flags & {{{ cDefine('O_CLOEXEC') }}}) != 0);
    } catch (e) {
      if (e instanceof FS.ErrnoError) return -e.errno;
      throw e;
    }
  },

  // Emscripten 3.1.6's stat fills whole seconds (tv_nsec 0, rounded toward
  // zero): stat through node's BigInt stats keeps the nanoseconds. fstat asks
  // about the descriptor itself, since the standard streams' path is
  // Emscripten's /dev/tty, which the host may lack.
  $kraitStat__deps: ['$FS', '$SYSCALLS', '$ERRNO_CODES'],
  $kraitStat: function (query, buf) {
    try {
      var big = query();
      var n = function (v) { return Number(v); };
      var plain = {
        dev: n(big.dev), ino: n(big.ino), mode: n(big.mode), nlink: n(big.nlink), uid: n(big.uid),
        gid: n(big.gid), rdev: n(big.rdev), size: n(big.size), blocks: n(big.blocks),
        atime: big.atime, mtime: big.mtime, ctime: big.ctime,
      };
      var rc = SYSCALLS.doStat(function () { return plain; }, '', buf);
      // No BigInt literals: emcc's JavaScript optimizer (acorn) predates them.
      var G = BigInt(1000000000);
      var put = function (p, ns) {
        var sec = ns / G;
        if (ns < BigInt(0) && sec * G != ns) sec -= BigInt(1);
        {{{ makeSetValue('p', C_STRUCTS.timespec.tv_sec, 'Number(sec)', 'i32') }}};
        {{{ makeSetValue('p', C_STRUCTS.timespec.tv_nsec, 'Number(ns - sec * G)', 'i32') }}};
      };
      put(buf + {{{ C_STRUCTS.stat.st_atim.tv_sec }}}, big.atimeNs);
      put(buf + {{{ C_STRUCTS.stat.st_mtim.tv_sec }}}, big.mtimeNs);
      put(buf + {{{ C_STRUCTS.stat.st_ctim.tv_sec }}}, big.ctimeNs);
      return rc;
    } catch (e) {
      if (e instanceof FS.ErrnoError) return -e.errno;
      if (e.code && ERRNO_CODES[e.code]) return -ERRNO_CODES[e.code];
      throw e;
    }
  },
  __syscall_stat64__deps: ['$SYSCALLS', '$kraitStat'],
  __syscall_stat64: function (path, buf) {
    path = SYSCALLS.getStr(path);
    return kraitStat(function () { return require('fs').statSync(path, {bigint: true}); }, buf);
  },
  __syscall_lstat64__deps: ['$SYSCALLS', '$kraitStat'],
  __syscall_lstat64: function (path, buf) {
    path = SYSCALLS.getStr(path);
    return kraitStat(function () { return require('fs').lstatSync(path, {bigint: true}); }, buf);
  },
  __syscall_fstatat64__deps: ['$SYSCALLS', '$kraitStat'],
  __syscall_fstatat64: function (dirfd, path, buf, flags) {
    return kraitStat(function () {
      var p = SYSCALLS.calculateAt(dirfd, SYSCALLS.getStr(path), (flags & {{{ cDefine('AT_EMPTY_PATH') }}}) != 0);
      var nofollow = (flags & {{{ cDefine('AT_SYMLINK_NOFOLLOW') }}}) != 0;
      return (nofollow ? require('fs').lstatSync : require('fs').statSync)(p, {bigint: true});
    }, buf);
  },
  __syscall_fstat64__deps: ['$SYSCALLS', '$kraitStat'],
  __syscall_fstat64: function (fd, buf) {
    return kraitStat(function () {
      var stream = SYSCALLS.getStreamFromFD(fd);
      var nfd = stream.nfd !== undefined ? stream.nfd : fd <= 2 && stream.tty ? fd : null;
      if (nfd !== null) return require('fs').fstatSync(nfd, {bigint: true});
      // A stream of Emscripten's own file systems (a pipe): its stat, in BigInt form.
      var st = FS.stat(stream.path), big = {};
      for (var k in st) big[k] = st[k];
      ['atime', 'mtime', 'ctime'].forEach(function (k) { big[k + 'Ns'] = BigInt(st[k].getTime()) * BigInt(1000000); });
      return big;
    }, buf);
  },
});
