# from m import * with and without __all__.
from _star_all import *
print(public, _private_but_listed)
try:
    unlisted
except NameError as e:
    print("NameError", e)
from _star_noall import *
print(visible)
try:
    _hidden
except NameError as e:
    print("NameError", e)
try:
    from _star_bad import *
except TypeError as e:
    print("TypeError", e)
import _pkg
from _pkg import *
print(X)
