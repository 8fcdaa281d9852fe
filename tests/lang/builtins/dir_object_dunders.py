# dir() of builtin types includes object's __getstate__, __reduce__, __subclasshook__
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
dir(int)
dir(object)
sorted(set(dir(list)) - set(dir(object)))
''')
