# __index__ returning non-int and objects lacking __index__
class BadIdx:
    def __index__(self): return 1.5
class NoIdx: pass
import operator
cases = [lambda: operator.index(BadIdx()), lambda: [1][BadIdx()], lambda: bin(NoIdx()),
         lambda: hex(1.0), lambda: range(NoIdx()), lambda: 'ab'[NoIdx()], lambda: [1, 2][1.0],
         lambda: 'a' * NoIdx(), lambda: (1,)[BadIdx():], lambda: operator.index('3')]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(e)
class BigIdx:
    def __index__(self): return 2**100
try:
    [1][BigIdx()]
except IndexError as e:
    print(type(e).__name__, e)
range(BadIdx())
