# add_note and __notes__
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(err)
e.__notes__ = 'not a list'
try:
    e.add_note('x')
except TypeError as err:
    print(err)
try:
    ValueError().add_note()
except TypeError as err:
    print(err)
class S(str): pass
e3 = KeyError(); e3.add_note(S('sub'))
print(e3.__notes__, type(e3.__notes__[0]).__name__)
