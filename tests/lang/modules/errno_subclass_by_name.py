# OSError(errno.X, msg) picks CPython's subclass when built from the errno
# module's constants, and its str names the Linux number.
import errno

for name in ["EPERM", "ENOENT", "ESRCH", "EINTR", "ECHILD", "EAGAIN", "EWOULDBLOCK", "EACCES", "EEXIST",
             "ENOTDIR", "EISDIR", "EPIPE", "ESHUTDOWN", "ECONNABORTED", "ECONNRESET", "ECONNREFUSED",
             "ETIMEDOUT", "EALREADY", "EINPROGRESS", "EINVAL", "ENOSPC", "ENOTEMPTY"]:
    e = OSError(getattr(errno, name), "msg", "file")
    print(name, type(e).__name__, e.errno, str(e))
e = OSError(errno.ENOENT, "No such file or directory")
print(repr(e), e.args, isinstance(e, FileNotFoundError))
e = FileExistsError(errno.EEXIST, "File exists", "a", None, "b")
print(str(e), e.filename, e.filename2)
try:
    raise OSError(errno.EISDIR, "Is a directory", "d")
except IsADirectoryError as e:
    print("caught", e)
