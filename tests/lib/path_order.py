# sys.path order: the script's directory comes before the bundled standard
# library, so a local file shadows a bundled module of the same name.
import sys
import _markupbase

print(_markupbase.SHADOW)
print(_markupbase.__file__ == sys.path[0] + "/_markupbase.py", sys.path[0] == __file__.rsplit("/", 1)[0])
