# str indexing with bad indexes and types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abc'[3]
'abc'[-4]
''[0]
'abc'[2**63]
'abc'[-2**63 - 1]
'abc'['a']
'abc'[1.0]
'abc'[None]
'abc'[[0]]
'abc'[(0, 1)]
'abc'[True], 'abc'[-1], 'héllo'[1], '\U0001F600'[0]
class I:
    def __index__(self): return 'x'
'abc'[I()]
class J:
    def __index__(self): raise ValueError('idx')
'abc'[J()]
'abc'[slice('a', None)]
'abc'[slice(None, None, 'x')]
''')
