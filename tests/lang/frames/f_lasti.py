# f_lasti is an int offset that advances as the frame runs; tb_lasti matches it.
import sys
f = sys._getframe()
a = f.f_lasti
b = f.f_lasti
print(type(a).__name__, a >= 0, b > a)
def boom():
    fr = sys._getframe()
    raise ValueError(fr)
try:
    boom()
except ValueError as e:
    tb = e.__traceback__.tb_next
    fr = e.args[0]
    print(tb.tb_frame is fr, tb.tb_lasti == fr.f_lasti, type(tb.tb_lasti).__name__)
