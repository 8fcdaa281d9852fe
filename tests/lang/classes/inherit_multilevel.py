# Multilevel inheritance: A -> B -> C, each adding and overriding
class A:
    def __init__(self): self.trace = ['A']
    def name(self): return 'A'
class B(A):
    def __init__(self):
        super().__init__(); self.trace.append('B')
    def name(self): return 'B<' + super().name() + '>'
class C(B):
    def __init__(self):
        super().__init__(); self.trace.append('C')
    def name(self): return 'C<' + super().name() + '>'
c = C()
print(c.trace, c.name())
print(issubclass(C, A), isinstance(c, B), C.__mro__)
