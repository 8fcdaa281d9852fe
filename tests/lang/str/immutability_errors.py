# str is immutable: item assignment, attributes and type attributes
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = 'abc'
s[0] = 'x'
del s[0]
s[0:1] = 'x'
s.x = 1
s.upper = None
del s.upper
str.upper = None
str.newattr = 1
del str.upper
'abc'.__dict__
setattr('abc', 'y', 2)
object.__setattr__('abc', 'upper', 1)
''')
