# __length_hint__ and operator.length_hint
import operator
class H:
    def __length_hint__(self): return 5
class L:
    def __len__(self): return 3
    def __length_hint__(self): return 100
class NI:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(H()), operator.length_hint(L()), operator.length_hint(NI(), 7))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 9))
class Bad:
    def __length_hint__(self): return -1
class BadType:
    def __length_hint__(self): return 'x'
for o in (Bad(), BadType()):
    try:
        operator.length_hint(o)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    operator.length_hint(H(), 'd')
except TypeError as e:
    print(e)
