# Reflected comparisons: a < b tries b > a when a returns NotImplemented; subclass first
class A:
    def __init__(self, n): self.n = n
    def __lt__(self, o): print(f'{self.n}.lt'); return NotImplemented
    def __gt__(self, o): print(f'{self.n}.gt'); return NotImplemented
    def __eq__(self, o): print(f'{self.n}.eq'); return NotImplemented
class B(A):
    def __gt__(self, o): print(f'{self.n}.B.gt'); return True
    def __lt__(self, o): print(f'{self.n}.B.lt'); return True
print(A('a') < A('b') if False else 'skip')
print(A('a') < B('b'))   # subclass's reflected __gt__ goes first
print(B('b') > A('a'))
print(A('a') == A('b'))  # eq falls back to identity
x = A('x')
print(x == x, x != A('y'))
try:
    A('a') < A('b')
except TypeError as e:
    print(e)
