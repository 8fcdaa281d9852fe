# tb_next can be replaced or cut, but not deleted, retyped or made a loop.
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
n = 0
t = tb
while t:
    n += 1
    t = t.tb_next
print(n)
second = tb.tb_next
for value in [1, "tb", second.tb_frame]:
    try:
        tb.tb_next = value
    except TypeError as e:
        print(e)
try:
    del tb.tb_next
except TypeError as e:
    print(e)
try:
    second.tb_next.tb_next = tb
except ValueError as e:
    print(e)
try:
    tb.tb_next = tb
except ValueError as e:
    print(e)
tb.tb_next = second.tb_next
print(tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next = None
print(tb.tb_next)
for name in ["tb_lineno", "tb_lasti"]:
    try:
        setattr(tb, name, 1)
    except AttributeError as e:
        print(e)
