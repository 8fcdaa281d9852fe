# tb_lineno and tb_lasti are ints; tb attributes are read-only
try:
    x = 1
    raise RuntimeError
except RuntimeError as e:
    tb = e.__traceback__
print(type(tb.tb_lineno).__name__, tb.tb_lineno, isinstance(tb.tb_lasti, int))
try:
    tb.tb_lineno = 5
except AttributeError as e:
    print("AttributeError")
try:
    tb.tb_frame = None
except AttributeError:
    print("AttributeError")
