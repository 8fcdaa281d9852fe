# code.replace yields a new code object with changed fields
def f():
    return 1
co = f.__code__
co2 = co.replace(co_name="g")
print(co2.co_name, co.co_name)
print(co2 is co, co2.co_consts == co.co_consts)
def h():
    return 1
h.__code__ = co2
print(h(), h.__code__.co_name)
