# import sys in various forms
import sys
import sys as system
from sys import maxsize, argv
from sys import exit as leave
print(system is sys, maxsize == sys.maxsize, argv is sys.argv)
def f():
    import sys
    return sys.platform == system.platform
print(f())
print(type(sys).__name__, sys.__name__)
leave(0)
