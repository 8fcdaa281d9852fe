import errno
# Names and codes every host shares (POSIX), and errorcode's inverse mapping.
for name in ['EPERM', 'ENOENT', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR',
             'EISDIR', 'EINVAL', 'ENOSPC', 'EPIPE', 'EDOM', 'ERANGE']:
    code = getattr(errno, name)
    print(name, errno.errorcode[code] == name, type(code).__name__)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN])
print(type(errno.errorcode).__name__, all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
print(all(isinstance(k, int) and isinstance(v, str) and v.startswith('E') for k, v in errno.errorcode.items()))
