# Module constants and small functions of os.
import os
print(os.name, os.sep, os.altsep, os.curdir, os.pardir, os.extsep, os.pathsep, repr(os.linesep), os.devnull)
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
n = os.cpu_count()
print(n is None or (isinstance(n, int) and n > 0))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.EX_OK)
print(all(isinstance(getattr(os, c), int) for c in ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND']))
print(os.O_RDONLY != os.O_WRONLY, (os.O_CREAT & os.O_EXCL) == 0)
print(os.path is __import__('posixpath'), os.supports_bytes_environ)
print(callable(os.scandir), callable(os.fspath), os.error.__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(os.getenv('KRAIT_DEFINITELY_UNSET'), type(os.environ).__name__)
print(os.get_exec_path(env={'PATH': '/a:/b'}))
print(os.device_encoding(os.open(os.devnull, os.O_RDONLY)))
