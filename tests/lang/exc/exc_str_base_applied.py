# BaseException.__str__ applied to a subclass instance uses the base's rule.
print(Exception.__str__(KeyError('k')), str(KeyError('k')), KeyError.__str__(KeyError('k')))
print(BaseException.__str__(OSError(2, 'no', 'f')), '|', str(OSError(2, 'no', 'f')))
e = SyntaxError('bad', ('f.py', 3, 1, 'x', 3, 2))
print(BaseException.__str__(e), '|', str(e))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(BaseException.__str__(u), '|', str(u))
i = ImportError('m', name='n')
print(BaseException.__str__(i), '|', str(i), '|', ImportError.__str__(ImportError()))
print(LookupError.__str__(KeyError('a', 'b')), str(KeyError('a', 'b')), str(KeyError()))
class K(KeyError):
    pass
print(str(K('z')), Exception.__str__(K('z')))
