# sort()'s reverse is an int argument (not any truthy object), like sorted()'s
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 3, 2]
a.sort(reverse=2), a
a.sort(reverse=False), a
a.sort(reverse=None)
a.sort(reverse=1.5)
a.sort(reverse='yes')
a.sort(reverse=[])
a.sort(reverse=2**100)
sorted(a, reverse=None)
class I:
    def __index__(self): return 1
a.sort(reverse=I()), a
''')
