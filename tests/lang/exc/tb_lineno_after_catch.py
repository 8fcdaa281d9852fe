# tb_lineno and tb_lasti of caught exceptions, read long after the raise,
# for frames that went on running (and failing again) meanwhile.
import sys


def fail(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // (n - n)


def chain():
    try:
        fail(0)
    except ValueError as e:
        first = e
    x = 1
    x += 1
    try:
        fail(x)
    except ZeroDivisionError as e:
        second = e
    return first, second


def lines(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - fail.__code__.co_firstlineno))
        tb = tb.tb_next
    return out


a, b = chain()
print(lines(a))
print(lines(b))
print(isinstance(a.__traceback__.tb_lasti, int), a.__traceback__.tb_lasti >= 0)

# A traceback made by hand keeps the line it is given.
tb = type(a.__traceback__)(None, sys._getframe(), 4, 77)
print(tb.tb_lineno, tb.tb_lasti)

# Raised in a loop: each entry has its own line.
seen = []
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        [][i]
    except LookupError as e:
        seen.append((type(e).__name__, e.__traceback__.tb_lineno - sys._getframe().f_lineno))
print(seen)
try:
    raise RuntimeError("escape")
finally:
    print("done")
