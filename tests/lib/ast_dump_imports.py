import ast
src = '''
import a.b.c as d, e
from . import x
from ..m import (y as z, w)
from q import *
global g
def f():
    nonlocal n
assert x, "msg"
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
