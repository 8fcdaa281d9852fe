# tb_next links the frames of the traceback
def a():
    b()
def b():
    c()
def c():
    raise KeyError("x")
try:
    a()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
print(names)
