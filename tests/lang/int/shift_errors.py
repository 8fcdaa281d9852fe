# shifts: negative counts, huge counts, big results
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1 << -1
1 >> -1
(10**30) << -5
1 << 2**70
0 << 2**70, 0 >> 2**70, 5 >> 2**70, (-5) >> 2**70
(-1) >> 3, (-8) >> 1, (-9) >> 1, (-(2**100)) >> 99, (-(2**100) - 1) >> 99
1 << 100, (-3) << 70, 7 >> 1000
1 << 1.0
1.0 << 1
True << True, False >> 3
(1).__lshift__(-1)
''')
