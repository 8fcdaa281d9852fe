# args may be reassigned from any iterable; deleting it is an error
e = ValueError('x')
e.args = iter([1, 2])
print(e.args, str(e))
e.args = 'ab'
print(e.args)
try:
    del e.args
except TypeError as err:
    print(err)
try:
    e.args = 5
except TypeError as err:
    print(err)
e.custom = 'ok'
print(e.custom, e.__dict__)
print(BaseException.__dict__['args'].__class__.__name__)
class WithSlotsLike(Exception):
    def __init__(self):
        pass
w = WithSlotsLike()
print(w.args, repr(w))
w2 = WithSlotsLike.__new__(WithSlotsLike, 'given', 'to new')
print(w2.args)
