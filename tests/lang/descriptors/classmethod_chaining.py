# classmethod wrapping another descriptor (3.9-3.12): __get__ of the inner one is called with the class
class Desc:
    def __get__(self, obj, owner=None):
        return f'Desc.__get__({obj!r}, {owner.__name__ if owner else None})'
class C:
    @classmethod
    @property
    def name(cls):
        return 'class property of ' + cls.__name__
    wrapped = classmethod(Desc())
class D(C): pass
print(C.name, D.name, C().name)
print(C.wrapped, D().wrapped)
