# OSError: errno/strerror/filename/filename2 from its arguments, str forms
for args in [(), ('msg',), (2, 'No such'), (2, 'No such', 'f.txt'), (2, 'x', 'a', None, 'b'),
             (1, 2, 3, 4), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(args, '|', e.errno, e.strerror, e.filename, e.filename2, '|', str(e), '|', e.args)
e = OSError(13, 'Denied', 'p')
e.errno = 99
print(e.errno, str(e))
print(OSError is IOError, OSError is EnvironmentError)
try:
    open('/nonexistent/dir/file')
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename)
