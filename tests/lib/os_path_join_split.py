# os.path (posixpath) string functions.
import os.path as p
for parts in [('a', 'b'), ('/a', 'b', 'c'), ('a', '/b'), ('a/', 'b'), ('', 'x'), ('a', '')]:
    print(parts, repr(p.join(*parts)))
for s in ['/a/b/c.txt', 'a', '/', 'a/b/', '', '.bashrc', 'x.tar.gz', '/a.b/c']:
    print(repr(s), p.split(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ['a//b', 'a/./b', 'a/../b', '/../x', '', '//a', '///a', 'a/b/..', './']:
    print(repr(s), repr(p.normpath(s)))
print(p.isabs('/x'), p.isabs('x'), p.isabs(b'/x'))
print(p.commonprefix(['/usr/lib', '/usr/local']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c']))
print(p.join(b'a', b'b'), p.split(b'/x/y'), p.splitdrive('/a/b'))
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
