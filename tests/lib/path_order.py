# sys.path order: the script's directory comes before the bundled standard
# library, so a local file shadows a bundled module of the same name.
import sys
import _py_abc

print(_py_abc.SHADOW)
print(_py_abc.__file__ == sys.path[0] + "/_py_abc.py", sys.path[0] == __file__.rsplit("/", 1)[0])
