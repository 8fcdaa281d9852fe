# CPython's __basicsize__ and getsizeof for slots mixed with dicts, weakrefs and builtin bases.
import sys
class A: __slots__=('a',)
class B(A): pass
class C: pass
class D(C): __slots__=('d',)
class W: __slots__=('__weakref__','x')
class X(W): __slots__=('__dict__',)
class I(int): pass
class T(tuple): __slots__=()
class S(str): __slots__=('q',)
class L(list): __slots__=('q', '__dict__')
for k in (A,B,C,D,W,X,I,T,S,L):
    print(k.__name__, k.__basicsize__, sys.getsizeof(k()))
