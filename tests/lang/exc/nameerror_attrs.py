# NameError.name and AttributeError.name/.obj
try:
    undefined_name
except NameError as e:
    print(e.name, e.args, str(e))
def f():
    return local_missing
try:
    f()
except NameError as e:
    print(e.name, e)
def g():
    x
    x = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e.name if hasattr(e, 'name') else '-', e)
class C: pass
c = C()
try:
    c.attr
except AttributeError as e:
    print(e.name, e.obj is c, e)
try:
    (1).bit_len
except AttributeError as e:
    print(e.name, e.obj)
print(NameError('x', name='n').name, AttributeError('a', name='n', obj=5).obj, NameError().name)
try:
    NameError(x=1)
except TypeError as e:
    print(e)
