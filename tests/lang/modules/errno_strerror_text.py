# os.strerror gives glibc's texts for Linux's numbers on every host.
import errno
import os

for name in ["EPERM", "ENOENT", "EINTR", "EAGAIN", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC",
             "ENOTTY", "ENOSYS", "ENOTEMPTY", "ELOOP", "EOVERFLOW", "ENOTSUP", "ETIMEDOUT", "EDQUOT",
             "ECANCELED", "EOWNERDEAD", "ERANGE", "EDOM", "EILSEQ", "ENOTSOCK", "EADDRINUSE"]:
    print(name, repr(os.strerror(getattr(errno, name))))
print(os.strerror(0), "|", os.strerror(41), "|", os.strerror(133), "|", os.strerror(-1), "|", os.strerror(100000))
texts = [os.strerror(n) for n in range(200)]
print(sum(len(t) for t in texts), sum(t.startswith("Unknown error") for t in texts))
print(all(os.strerror(c) != "Unknown error %d" % c for c in errno.errorcode))
for bad in ["2", 2.0, None, 2 ** 31, -2 ** 31 - 1, 2 ** 70]:
    try:
        print(os.strerror(bad))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(os.strerror(True)), repr(os.strerror(-2 ** 31)))
