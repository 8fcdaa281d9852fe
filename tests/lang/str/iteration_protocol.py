# iterating over str and its iterator
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list('héllo\U0001F600')
it = iter('ab')
next(it), next(it)
next(it)
it2 = iter('xyz')
next(it2)
list(it2), list(it2)
[c for c in ''], tuple('ab'), set('aab') == {'a', 'b'}
it3 = iter('abc')
it3.__length_hint__()
next(it3)
it3.__length_hint__()
type(iter('a')).__name__, type(iter('é')).__name__
list(reversed('abc')), list(reversed('')), list(enumerate('ab'))
list(zip('ab', 'xyz')), dict.fromkeys('ab')
it4 = iter('hello')
next(it4), next(it4)
''.join(it4)
list(it4)
''')
