# str.translate error cases
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abc'.translate({97: 1.5})
'abc'.translate({97: b'x'})
'abc'.translate({97: -1})
'abc'.translate({97: 0x110000})
'abc'.translate(5)
'abc'.translate()
class K:
    def __getitem__(self, k): raise KeyError(k)
'abc'.translate(K())
class V:
    def __getitem__(self, k): raise ValueError('boom')
'abc'.translate(V())
'abc'.translate({97: [1]})
''')
