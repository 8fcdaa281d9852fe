// SPDX-License-Identifier: MIT
// The platform layer: the only interface through which the core touches the
// host (files, console, clocks). One implementation per host sits beside it.
#ifndef KR_PORT_H
#define KR_PORT_H

#include <stddef.h>
#include <stdint.h>

// "linux", "emscripten" or "wasi".
const char *kr_port_platform(void);
// sys.thread_info.name: "pthread", or "pthread-stubs" where threads cannot start.
const char *kr_port_thread_name(void);
// How many nested C-level re-entries of the VM the host's native stack allows.
int kr_port_c_recursion_limit(void);
// Writes to the process's stdout (1) or stderr (2).
void kr_port_write(int fd, const char *data, size_t len);
// Flushes the process's stdout (1) or stderr (2).
void kr_port_flush(int fd);
// Reads one line from stdin, as KrReadLineFn.
long kr_port_readline(char *buf, size_t size);
// Reads a whole file into a malloc'd NUL-terminated buffer; NULL with *err =
// errno-style code on failure.
char *kr_port_read_file(const char *path, size_t *len, int *err);
// The text of line `lineno` (1-based) of a file, malloc'd, or NULL.
char *kr_port_read_line(const char *path, int lineno);
void kr_port_free(void *p);
// `path` made absolute against the working directory and normalized like
// os.path.abspath (no symlink resolution); malloc'd, NULL on failure.
char *kr_port_abspath(const char *path);
// Seconds from a monotonic clock and from the epoch.
double kr_port_monotonic(void);
double kr_port_time(void);

// ---- the time module's clocks and calendar ----------------------------------

// The clocks of time.time / monotonic / perf_counter / process_time / thread_time.
enum { KR_CLOCK_REALTIME, KR_CLOCK_MONOTONIC, KR_CLOCK_PERF, KR_CLOCK_PROCESS, KR_CLOCK_THREAD, KR_CLOCK_COUNT };
// Nanoseconds of a clock (since the epoch for KR_CLOCK_REALTIME).
int64_t kr_port_clock_ns(int clock);
// What time.get_clock_info reports: the C call behind the clock
// ("clock_gettime(CLOCK_MONOTONIC)"), its resolution in ns, whether it is
// monotonic and whether the system may adjust it.
typedef struct KrPortClockInfo {
    const char *implementation;
    int64_t resolution_ns;
    int monotonic, adjustable;
} KrPortClockInfo;
void kr_port_clock_info(int clock, KrPortClockInfo *info);
// The host's raw clock ids for time.clock_gettime(clk_id): 0 and the value
// in *ns, or an errno-style code (EINVAL for an unknown clock).
int kr_port_clock_gettime_id(int64_t clk_id, int64_t *ns);
int kr_port_clock_getres_id(int64_t clk_id, int64_t *ns);
// The CLOCK_* constants the host has, NULL-name terminated.
typedef struct KrPortNamedInt {
    const char *name;
    int64_t value;
} KrPortNamedInt;
extern const KrPortNamedInt kr_port_clock_ids[];
// Sleeps (time.sleep); returns early only if the host cannot sleep.
void kr_port_sleep_ns(int64_t ns);

// A broken-down time as C's struct tm, with a full-range year (not - 1900),
// month 0..11, wday 0 = Sunday, yday 0..365, the UTC offset in seconds east
// and the zone's abbreviation.
typedef struct KrPortTm {
    int64_t year;
    int mon, mday, hour, min, sec, wday, yday, isdst;
    int64_t gmtoff;
    char zone[16];
} KrPortTm;
// UTC, computed without the C library (same answer on every host): 0, or
// EOVERFLOW when the year does not fit C's int tm_year.
int kr_port_gmtime(int64_t t, KrPortTm *tm);
// Local time in the zone TZ names (wasm hosts read the zone files themselves); 0 or an errno-style code.
int kr_port_localtime(int64_t t, KrPortTm *tm);
// The inverse of localtime (fields may be out of range, as C's mktime
// normalizes them): 0 and the timestamp, or -1 when it does not fit.
int kr_port_mktime(const KrPortTm *tm, int64_t *out);
// C's strftime over `tm`: the length written (excluding the NUL), 0 when
// the result did not fit in `size` bytes (or is empty).
size_t kr_port_strftime(char *buf, size_t size, const char *format, const KrPortTm *tm);
// Re-reads the TZ environment variable (time.tzset).
void kr_port_tzset(void);

// ---- errno numbering (port_errno.c) -----------------------------------------
// Python sees errno codes in Linux's numbering on every host, as CPython on
// Linux shows them (errno_linux.def): the errno module, OSError.errno and its
// subclass, os.strerror and "[Errno 2] No such file or directory". Port calls
// report failures in the host's own numbering (-ENOENT ...); the core turns
// them into Linux's with kr_port_errno_linux, which maps through the names
// of the host's <errno.h>.

// The Linux number of a host errno code (the code itself when the host's
// <errno.h> has no name for it).
int kr_port_errno_linux(int host_err);
// glibc's message for a Linux errno number ("No such file or directory"), or
// "Unknown error N" written into buf for a number Linux does not name.
enum { KR_PORT_STRERROR_SIZE = 32 };
const char *kr_port_strerror(int err, char buf[KR_PORT_STRERROR_SIZE]);
// Linux's errno names and numbers (the errno module), NULL-name terminated;
// an alias comes before the name errno.errorcode keeps for its number.
extern const KrPortNamedInt kr_port_errno_codes[];

// The value of an environment variable, or NULL (valid until the environment changes).
const char *kr_port_getenv(const char *name);
// What a path names, for the import system: kind 0 nothing (or an error), 1 a
// regular file, 2 a directory, 3 something else; mtime in whole seconds.
typedef struct KrPortStat {
    int kind;
    int64_t mtime;
    int64_t size;
} KrPortStat;
void kr_port_stat(const char *path, KrPortStat *st);
// Creates a directory (mode 0777 less the umask); 0 on success or if it exists,
// else an errno-style code.
int kr_port_mkdir(const char *path);
// Writes a whole file by writing a temporary file beside it and renaming it
// over `path`, so a reader never sees half a file; 0 or an errno-style code.
int kr_port_write_file_atomic(const char *path, const void *data, size_t len);
// The working directory, malloc'd; NULL on failure.
char *kr_port_getcwd(void);


// ---- file descriptors (the _io module's FileIO) ----------------------------
// Errors come back as negative errno-style codes (-ENOENT ...) in the host's
// numbering; kr_port_errno_linux turns one into the Linux numbering Python sees.

// Portable open flags, translated by kr_port_open_flags.
enum {
    KR_PORT_O_RDONLY = 0,
    KR_PORT_O_WRONLY = 1,
    KR_PORT_O_RDWR = 2,
    KR_PORT_O_CREAT = 1 << 4,
    KR_PORT_O_EXCL = 1 << 5,
    KR_PORT_O_TRUNC = 1 << 6,
    KR_PORT_O_APPEND = 1 << 7,
    KR_PORT_O_CLOEXEC = 1 << 8,
};
// The host's O_* value for portable KR_PORT_O_* flags (what an opener receives).
int kr_port_open_flags(int kflags);
// open(path, host_flags, 0666): the descriptor, or -errno.
int kr_port_open(const char *path, int host_flags);
// read/write: the byte count, or -errno.
int64_t kr_port_fd_read(int fd, void *buf, size_t n);
int64_t kr_port_fd_write(int fd, const void *buf, size_t n);
// lseek: the new offset, or -errno. whence 0/1/2 as SEEK_SET/CUR/END.
int64_t kr_port_fd_seek(int fd, int64_t offset, int whence);
// close / ftruncate: 0 or -errno.
int kr_port_fd_close(int fd);
int kr_port_fd_truncate(int fd, int64_t size);
// 1 when fd is a terminal, 0 when not (or invalid).
int kr_port_fd_isatty(int fd);
// fstat: fills st (kind as kr_port_stat); 0 or -errno.
int kr_port_fd_stat(int fd, KrPortStat *st);

// ---- the posix module (port_os.c) -------------------------------------------
// Same conventions: 0 or a result on success, -errno (host numbering) on failure;
// -ENOSYS where the host lacks the call.

// What os.stat reports.
typedef struct KrPortStatResult {
    int64_t mode, ino, dev, nlink, uid, gid, size, blksize, blocks, rdev;
    int64_t atime_ns, mtime_ns, ctime_ns;
} KrPortStatResult;
int kr_port_os_stat(const char *path, int follow_symlinks, KrPortStatResult *st);
int kr_port_os_fstat(int fd, KrPortStatResult *st);
// Calls fn for each entry of a directory but "." and ".." (kind: 1 file, 2
// directory, 3 symlink, 4 other, 0 unknown); fn returns nonzero to stop with that value.
typedef int (*KrPortDirFn)(void *arg, const char *name, int kind, int64_t ino);
int kr_port_os_listdir(const char *path, KrPortDirFn fn, void *arg);
int kr_port_os_chdir(const char *path);
int kr_port_os_mkdir(const char *path, int mode);
int kr_port_os_rmdir(const char *path);
int kr_port_os_unlink(const char *path);
int kr_port_os_rename(const char *src, const char *dst);
int kr_port_os_access(const char *path, int mode); // 1 allowed, 0 not; mode as F_OK|R_OK|W_OK|X_OK = 0,4,2,1
int kr_port_os_chmod(const char *path, int mode);
// Times in ns; *_ns < 0 means "now".
int kr_port_os_utime(const char *path, int64_t atime_ns, int64_t mtime_ns, int follow_symlinks);
int kr_port_os_symlink(const char *target, const char *path);
int kr_port_os_link(const char *src, const char *dst);
// The link's text, malloc'd into *out (length returned).
int64_t kr_port_os_readlink(const char *path, char **out);
int kr_port_os_umask(int mask); // the previous mask
// open(path, flags, mode) with the host's O_* flags.
int kr_port_os_open(const char *path, int flags, int mode);
int kr_port_os_fsync(int fd);
int kr_port_os_dup(int fd);
int kr_port_os_dup2(int fd, int fd2, int inheritable);
int kr_port_os_pipe(int fds[2]);
int kr_port_os_get_inheritable(int fd); // 1/0 or -errno
int kr_port_os_set_inheritable(int fd, int on);
int kr_port_os_get_blocking(int fd);
int kr_port_os_set_blocking(int fd, int on);
int kr_port_os_urandom(void *buf, size_t n);
// getpid, getppid, getuid, geteuid, getgid, getegid (which = 0..5); -ENOSYS where absent.
int64_t kr_port_os_id(int which);
// The posix functions this host lacks, NULL-terminated: the module drops them,
// so hasattr(os, name) is False as in CPython's build for the host (site.py and
// others test for os.getuid before calling it).
extern const char *const kr_port_os_absent[];
int kr_port_os_kill(int64_t pid, int sig);
// user, system, children user, children system, elapsed (seconds).
int kr_port_os_times(double out[5]);
// sysname, nodename, release, version, machine: each up to 256 bytes.
int kr_port_os_uname(char out[5][256]);
// statvfs of path (or of fd when path is NULL): bsize, frsize, blocks, bfree, bavail,
// files, ffree, favail, flag, namemax, fsid. 0 or -errno (-ENOSYS where absent).
int kr_port_os_statvfs(const char *path, int fd, int64_t out[11]);
int kr_port_os_cpu_count(void); // 0 when unknown
int kr_port_os_terminal_size(int fd, int *columns, int *lines);
// The environment as NULL-terminated "NAME=value" strings.
char **kr_port_os_environ(void);
int kr_port_os_setenv(const char *name, const char *value);
int kr_port_os_unsetenv(const char *name);
_Noreturn void kr_port_os_exit(int status);
// The host's O_* and other integer constants for the posix module, NULL-name terminated.
extern const KrPortNamedInt kr_port_os_constants[];

// ---- I/O readiness (port_select.c, the select module) ----------------------
// Same conventions: a count or 0 on success, -errno (host numbering) on failure.

// One entry of a poll set, laid out as the host's struct pollfd; events and
// revents are the host's POLL* bits (named in kr_port_select_constants).
typedef struct KrPortPollFd {
    int fd;
    short events;
    short revents;
} KrPortPollFd;
// poll(2): the number of entries whose revents is nonzero; timeout_ms < 0 waits forever.
int kr_port_poll(KrPortPollFd *fds, size_t n, int timeout_ms);
// One descriptor of a select(2) call: `set` says which list it is in (0 read,
// 1 write, 2 exceptional); `ready` is set to 1 when it is ready.
typedef struct KrPortSelectFd {
    int fd;
    unsigned char set;
    unsigned char ready;
} KrPortSelectFd;
// FD_SETSIZE: select() watches only descriptors below it.
int kr_port_select_setsize(void);
// select(2) over the entries (each fd in [0, setsize)); timeout_us < 0 waits forever.
int kr_port_select(KrPortSelectFd *fds, size_t n, int64_t timeout_us);
// Whether the host has epoll (Linux); elsewhere the epoll calls answer -ENOSYS.
int kr_port_has_epoll(void);
// epoll_create1(EPOLL_CLOEXEC): the new descriptor.
int kr_port_epoll_create(void);
// epoll_ctl with op 0 add, 1 modify, 2 delete; `events` are the host's EPOLL* bits.
int kr_port_epoll_ctl(int epfd, int op, int fd, uint32_t events);
// A ready descriptor from epoll_wait (the data registered is the fd).
typedef struct KrPortEpollEvent {
    int fd;
    uint32_t events;
} KrPortEpollEvent;
// epoll_wait into `out` (room for maxevents > 0); timeout_ms < 0 waits forever.
int kr_port_epoll_wait(int epfd, KrPortEpollEvent *out, int maxevents, int timeout_ms);
// The POLL*, EPOLL* and PIPE_BUF constants the host has, NULL-name terminated.
extern const KrPortNamedInt kr_port_select_constants[];

#endif
