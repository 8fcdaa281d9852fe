# __init__ must return None; __new__/object() argument errors
class A:
    def __init__(self):
        return 1
try:
    A()
except TypeError as e:
    print(e)
class B:
    def __init__(self):
        return 'x'
try:
    B()
except TypeError as e:
    print(e)
class C: pass
try:
    C(1)
except TypeError as e:
    print(e)
class D:
    def __init__(self): pass
try:
    D(1, 2)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class E:
    def __new__(cls, x):
        return super().__new__(cls, x)
E(1)
