# Single inheritance: attribute lookup walks the base chain, overrides win
class A:
    x = 'A.x'
    def f(self): return 'A.f'
    def g(self): return 'A.g ' + self.f()
class B(A):
    def f(self): return 'B.f'
b = B()
print(b.x, b.f(), b.g(), A().g())
print(B.__bases__, B.__base__, A.__bases__)
print(B.__mro__)
print('f' in B.__dict__, 'g' in B.__dict__)
