# with_traceback sets and returns; __traceback__ chains frames
import sys
def f():
    raise ValueError('x')
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    e2 = KeyError('y')
    r = e2.with_traceback(tb)
    print(r is e2, e2.__traceback__ is tb)
    print(e.with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print(err)
try:
    e = ValueError(); e.__traceback__ = 'x'
except TypeError as err:
    print(err)
print(ValueError().__traceback__)
