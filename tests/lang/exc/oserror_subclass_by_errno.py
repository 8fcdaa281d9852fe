# OSError(errno, msg) picks the subclass for the errno
import errno
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECHILD,
             errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, errno.EINVAL, 9999):
    print(code, type(OSError(code, 'm')).__name__)
print(type(OSError(errno.ENOENT)).__name__, type(OSError('2', 'm')).__name__)
class MyOS(OSError): pass
print(type(MyOS(errno.ENOENT, 'm')).__name__)
print(type(FileNotFoundError(errno.EEXIST, 'm')).__name__)
print(issubclass(BlockingIOError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
