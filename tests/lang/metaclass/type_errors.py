# Errors creating classes: non-class bases, final types, layout conflicts
for bases in [(1,), (bool,), (type(None),), (int, str), (int, list)]:
    try:
        type('X', bases, {})
        print('ok', bases)
    except TypeError as e:
        print(e)
try:
    class Bad(5): pass
except TypeError as e:
    print(e)
try:
    class F(type(len)): pass
except TypeError as e:
    print(e)
class Ok(int, object): pass
print(Ok.__mro__)
class X(bool): pass
