# str.join with iterables and non-str items
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), ','.join(('x',))
', '.join(x for x in 'ab'), 'é'.join(['a', 'b'])
' '.join({'k': 1}), '|'.join(iter(['p', 'q']))
','.join(['a', 1])
','.join([1])
','.join(['a', 'b', None])
','.join(['a', b'b'])
','.join(5)
','.join()
','.join(['a'], ['b'])
class S(str): pass
type(''.join([S('x')])), ''.join([S('x'), S('y')])
def gen():
    yield 'a'
    raise ValueError('in gen')
','.join(gen())
''')
