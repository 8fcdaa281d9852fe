# slicing with negative, huge and extended steps
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = 'abcdefghij'
s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2]
s[-3:], s[:-3], s[-100:100], s[100:], s[5:2]
s[::10**20], s[::-10**20], s[10**20:-10**20:-1]
s[-10**20:10**20:2]
s[3:3], s[2:8:-1], s[None:None:None]
'héllo€'[::-1], 'héllo€'[1::2]
'\U0001F600a\U0001F601'[::-1]
s[True:3], s[::True]
class I:
    def __index__(self): return 2
s[I()], s[I():I()*3:I()]
s[slice(1, None, 2)]
s[::0]
s[1.5:]
s['a']
s[10]
s[-11]
s[2**100]
''')
