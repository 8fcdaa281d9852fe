# del with slices and steps (positive, negative, out of range, empty)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = list(range(10))
del a[::3]; a
del a[::-2]; a
del a[100:]; a
del a[-2:]; a
del a[:]; a
b = list(range(6))
del b[1:5:2]; b
del b[::0]
del b[10]
del b['a']
''')
