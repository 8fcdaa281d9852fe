# TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) builds entries by hand.
import sys
try:
    1 / 0
except ZeroDivisionError as e:
    TB = type(e.__traceback__)
f = sys._getframe()
t1 = TB(None, f, 0, 5)
print(t1.tb_next, t1.tb_frame is f, t1.tb_lasti, t1.tb_lineno)
t2 = TB(t1, f, 4, 6)
print(t2.tb_next is t1, t2.tb_lasti, t2.tb_lineno)
t3 = TB(tb_next=None, tb_frame=f, tb_lasti=2, tb_lineno=9)
print(t3.tb_lineno, t3.tb_lasti)
bad = [
    (1, f, 0, 1),
    (None, 1, 0, 1),
    (None, f, "0", 1),
    (None, f, 0, 1.5),
]
for args in bad:
    try:
        TB(*args)
    except TypeError as e:
        print(e)
try:
    TB(None, f, 0)
except TypeError as e:
    print(type(e).__name__)
e = ValueError("v").with_traceback(t2)
print(e.__traceback__ is t2)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(tb.tb_next is t2, tb.tb_next.tb_next is t1)
