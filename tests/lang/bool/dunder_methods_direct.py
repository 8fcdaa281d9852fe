# bool's special methods called directly, bool.__new__ misuse, operator functions on bools
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
True.__and__(1), True.__and__(True), True.__rand__(False), True.__or__(2), True.__xor__(1.5), False.__ror__(True), type(True.__xor__(True))
bool.__and__(1, True)
bool.__invert__(True), True.__neg__(), True.__index__(), True.__bool__(), True.__int__(), True.__float__(), True.__hash__()
bool.__repr__(1)
bool.__str__(1) if False else 0
int.__and__(True, True), type(int.__and__(True, True)), True & 2, True | 2, True ^ 3
bool.__new__(bool, []), bool.__new__(bool, [0]), bool(0.0j), bool(-0.0+0j)
bool.__new__(object)
bool.__new__(bool, 1, 2)
import operator
operator.not_(0), operator.truth([1]), operator.index(True), type(operator.index(True)), operator.invert(True), operator.pos(True), type(operator.pos(True))
''')
