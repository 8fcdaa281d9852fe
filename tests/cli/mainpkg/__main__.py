# Run by `krait -m mainpkg a`: prints what runpy sets up.
import sys
from . import GREETING
from .helper import twice

print(__name__, __package__, __spec__.name, sys.argv[0].endswith("mainpkg/__main__.py"), sys.argv[1:],
      GREETING, twice(21))
