# Defining __eq__ without __hash__ sets __hash__ = None: unhashable
class C:
    def __eq__(self, o): return True
print(C.__hash__)
try:
    hash(C())
except TypeError as e:
    print(e)
try:
    {C(): 1}
except TypeError as e:
    print(e)
try:
    {C()}
except TypeError as e:
    print(e)
class D(C):
    __hash__ = object.__hash__
print(type(hash(D())).__name__)
class E:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(E()), {E(): 'v'}[E()])
class F(C): pass
print(F.__hash__)
class G:
    __hash__ = None
print(isinstance(G(), __import__('collections.abc').abc.Hashable))
hash(G())
