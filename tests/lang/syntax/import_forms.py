# Import forms that work without an import system: sys only.
import sys
import sys as system
from sys import argv
from sys import argv as av, maxsize
from sys import (
    version_info,
    path as p,
)
print(sys is system)
print(argv is av, argv is sys.argv)
print(maxsize == sys.maxsize, version_info[0])
print(p is sys.path)
