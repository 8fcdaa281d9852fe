# __reduce__ rebuilds exceptions whose attributes come from their arguments.
print(OSError(2, 'no', 'f').__reduce__())
print(OSError(2, 'no', 'f', None, 'g').__reduce__())
print(OSError(2, 'no').__reduce__(), OSError('x').__reduce__())
print(ImportError('m', name='n', path='p').__reduce__())
print(ImportError('m').__reduce__(), ImportError(path='p').__reduce__())
print(SyntaxError('bad', ('f', 1, 2, 't', 1, 3)).__reduce__())
print(KeyError('k').__reduce__(), StopIteration(5).__reduce__(), SystemExit(3).__reduce__())
print(NameError('x', name='y').__reduce__(), AttributeError('a', name='b', obj=1).__reduce__())
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad').__reduce__())
e = ValueError('v')
e.extra = 1
print(e.__reduce__())
o = OSError(2, 'no', 'f')
o.note = 'x'
print(o.__reduce__())
