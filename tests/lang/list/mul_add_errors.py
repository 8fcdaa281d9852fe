# list * and + with wrong operand types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[1] * 1.5
[1] * '2'
'2' * [1]
[1] * [2]
[1] + (2,)
[1] + None
a = [1]; a *= 2.0
a = [1]; a += 5
a = [1]; a += (2, 3); a
''')
