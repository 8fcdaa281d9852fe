# str strip family with chars, translate and maketrans
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'  x  '.strip(), 'xxhixx'.strip('x'), 'abchicba'.strip('abc'), 'x'.strip(''), '\t\n x \x0b\x1c\u3000'.strip(), 'aab'.lstrip('a'), 'baa'.rstrip('a'), '  x '.lstrip(None)
'x'.strip(1)
str.maketrans('abc', 'xyz'), str.maketrans({'a': 'b', 98: None}), str.maketrans('ab', 'cd', 'e')
'abcde'.translate(str.maketrans('abc', 'xyz', 'e')), 'abc'.translate({97: 'AA', 98: None, 99: 100}), 'abc'.translate({}), 'héllo'.translate({ord('é'): 'e'})
str.maketrans('ab', 'c')
str.maketrans('a')
str.maketrans({'ab': 1})
str.maketrans({1.5: 'x'})
str.maketrans(1, 2)
'abc'.translate({97: 1.5})
'abc'.translate({97: 0x110000})
class T:
    def __getitem__(self, k):
        if k == 97: return 'Z'
        raise LookupError
'abc'.translate(T())
'abc'.translate(['x'] * 98)
'abc'.translate(None)
''')
