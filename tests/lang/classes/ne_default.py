# __ne__ defaults to the inverse of __eq__ unless NotImplemented
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called')
        return self.v == o.v if isinstance(o, A) else NotImplemented
print(A(1) != A(1), A(1) != A(2))
print(A(1) != 5, A(1) == 5)
class B:
    def __eq__(self, o): return 'truthy'
print(B() != B(), B() == B())
class C:
    def __ne__(self, o): return 'only ne'
print(C() != C(), C() == C())
print(object.__ne__(A(1), A(1)), object.__eq__(A(1), A(1)))
