# Nested classes: access through the outer class, no implicit access to outer names
class Outer:
    value = 'outer value'
    class Inner:
        def get(self):
            try:
                return value
            except NameError as e:
                return 'NameError: ' + str(e)
        def via_outer(self):
            return Outer.value
    def make(self):
        return self.Inner()
i = Outer().make()
print(i.get(), i.via_outer(), type(i).__qualname__, isinstance(i, Outer.Inner))
print(Outer.Inner.__module__, Outer.Inner.__name__)
class A:
    class B:
        class C:
            pass
print(A.B.C.__qualname__, repr(A.B.C))
