# _operator: _compare_digest, module contents
import _operator as op

names = [n for n in dir(op) if not n.startswith('__')]
print(names)
print(op.__doc__.splitlines()[0])
print(op._compare_digest('abc', 'abc'), op._compare_digest('abc', 'abd'), op._compare_digest('a', 'ab'))
print(op._compare_digest(b'ab', bytearray(b'ab')), op._compare_digest(b'', b''), op._compare_digest(b'x', b'xy'))
print(op._compare_digest(memoryview(b'abc'), b'abc'))
for a, b in [('a', b'a'), (b'a', 'a'), ('é', 'é'), (1, 2), (1, b'a'), (b'a', 1)]:
    try:
        print(op._compare_digest(a, b))
    except TypeError as e:
        print('TypeError', e)
try:
    op._compare_digest(b'a')
except TypeError as e:
    print('TypeError', e)
