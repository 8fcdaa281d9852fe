# Frame f_lineno and tb_lineno for statements spanning several lines.
import sys
def where():
    return sys._getframe(1).f_lineno
x = (1,
     where(),
     3)
print(x)
def f():
    y = [
        where(),
        where(),
    ]
    return y
print(f())
try:
    assert (1 ==
            2), "multi-line assert"
except AssertionError as e:
    print(e, e.__traceback__.tb_lineno)
try:
    raise ValueError(
        "multi-line raise")
except ValueError as e:
    print(e, e.__traceback__.tb_lineno)
