# str subclass: methods return plain str; __str__/__repr__ overrides
class S(str):
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
    def upper(self): return 'custom upper'
s = S('hello')
print(s, repr(s), str(s), f'{s}', '%s' % s, s.upper())
print(type(s + 'x').__name__, type(s[1:]).__name__, type(s.lower()).__name__)
print(s == 'hello', hash(s) == hash('hello'), len(s))
print(str.__str__(s), type(str.__str__(s)).__name__)
print('{}'.format(s), format(s), [s])
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
print(repr(T('  x  ')), isinstance(T('a'), str))
