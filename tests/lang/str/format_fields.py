# str.format field names: indexes, attributes, items, auto numbering, escapes
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{0[1]} {0[x]}'.format({1: 'one', 'x': 'ex'}), '{0.real}'.format(3+4j), '{a[0]}'.format(a=[9])
'{{}} {{{}}}'.format(7), '{0}{0}'.format('z'), '{x}{y}'.format(x=1, y=2), '{0[0][1]}'.format([[1, 2]])
'{} {1}'.format(1, 2)
'{1} {}'.format(1, 2)
'{2}'.format(1)
'{x}'.format(y=1)
'{0[5]}'.format([1])
'{0.nope}'.format(1)
'{'.format()
'}'.format()
'{0!}'.format(1)
'{0!rr}'.format(1)
'{:}}'.format(1)
'{0[}'.format(1)
'{0]}'.format(1)
'{-1}'.format(1)
'{0[-1]}'.format({'-1': 'neg'})
'{0.}'.format(1)
'{0[]}'.format(1)
'{:{}}'.format(1, '{}')
'{:{:{}}}'.format(1, 2, 3)
'{a.b}'.format_map({'a': 1})
'{k}'.format_map({'k': 'v'})
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
'{a} {b}'.format_map(D(a=1))
'{0}'.format_map({0: 'zero'})
'{}'.format_map({})
'x'.format_map(5)
str.format()
''')
