# attribute, index and nested replacement fields
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class P:
    x = 3
    y = [10, 20]
'{0.x} {0.y[1]}'.format(P())
'{0[1]} {0[0]}'.format(['a', 'b'])
'{d[key]} {d[2]}'.format(d={'key': 'v', 2: 'int'})
'{d[2]}'.format(d={'2': 's'})
'{0[-1]}'.format({'-1': 'neg'})
'{0:{1}}'.format(3.14159, '.2f')
'{0:{fill}{align}{width}}'.format('x', fill='*', align='^', width=7)
'{:{}.{}f}'.format(2.71828, 10, 3)
'{0}{1}{0}'.format('a', 'b')
'{}{}'.format(1, 2)
'{a}-{b}'.format(a=1, b=2)
'{{}} {{{0}}}'.format(5)
'{{'.format(), '}}'.format(), '{{x}}'.format()
'{0.real}'.format(3j)
'{0[a b]}'.format({'a b': 1})
'{0.__class__.__name__}'.format(1)
'{!r:{}}'.format('a', 5)
''')
