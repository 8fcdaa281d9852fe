# str.translate with dicts, lists and custom mappings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'hello'.translate({ord('l'): 'L'})
'hello'.translate({ord('l'): None})
'hello'.translate({ord('h'): 'JJ', ord('o'): ''})
'hello'.translate({104: 72})
'hello'.translate(str.maketrans('el', 'ip', 'o'))
'abc'.translate({})
'abc'.translate([None, 'x'] * 60)
'é'.translate({233: 'e\u0301'})
class T:
    def __getitem__(self, k):
        if k == 97: return 'A'
        raise LookupError
'banana'.translate(T())
class U:
    def __getitem__(self, k): raise IndexError(k)
'xyz'.translate(U())
''.translate({1: 2})
'aaa'.translate({97: 0x1F600})
''')
