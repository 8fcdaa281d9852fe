# str repetition with negative counts and overflow
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, '' * 10**20, 'ab' * True
'é€' * 2
x = 'ab'
x *= 2
x
'ab' * (2**62)
'ab' * (2**64)
'ab' * 10**100
'ab' * 1.0
'ab' * 'c'
'ab' * None
[] * 'ab'
class I:
    def __index__(self): return 2
'ab' * I(), I() * 'ab'
''')
