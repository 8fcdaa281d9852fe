# bool arithmetic returns ints, bitwise ops on bools return bools
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
True + True, True * 10, -True, ~True, ~False, +True, True / 2, True // 2, True ** 10, True - False, abs(True), abs(False)
True & False, True | False, True ^ True, type(True & True), type(True | 1), type(True ^ 0), False & 5, True << 3, True >> 1
type(True + True), type(-True), type(~True), type(abs(True)), type(True * 1.0), True * 1.5, True + 1j
sum([True, True, False]), True == 1, False == 0, True is (1 == 1), 1 + True
range(10)[True], [1, 2, 3][False], 'ab'[True], divmod(True, 2), True % 2, pow(True, 5, 3)
''')
