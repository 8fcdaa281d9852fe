import pickle, copy
cases = [OSError(2, 'no', 'f'), OSError(2, 'no', 'f', None, 'g'), ImportError('m', name='n', path='p'),
         SyntaxError('bad', ('f', 1, 2, 't', 1, 3)), KeyError('k'), StopIteration(4), SystemExit(2),
         UnicodeEncodeError('ascii', 'é', 0, 1, 'no'), NameError('x', name='y'), ModuleNotFoundError('m', name='m')]
for e in cases:
    for e2 in (pickle.loads(pickle.dumps(e)), copy.copy(e)):
        print(type(e2).__name__, e2.args, str(e2), getattr(e2, 'filename', None), getattr(e2, 'filename2', None),
              getattr(e2, 'name', None), getattr(e2, 'path', None), getattr(e2, 'lineno', None),
              getattr(e2, 'value', None), getattr(e2, 'code', None))
