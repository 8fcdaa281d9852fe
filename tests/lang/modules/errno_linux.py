import errno
# The Linux numbering and the full name list of CPython on Linux.
print(sorted(n for n in dir(errno) if n.startswith('E')))
print(errno.EPERM, errno.ENOENT, errno.EAGAIN, errno.EDEADLK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS)
print(sorted(errno.errorcode.items())[:20], len(errno.errorcode))
print(errno.errorcode[35], errno.errorcode[95], errno.errorcode[11])
