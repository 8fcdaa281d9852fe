# size arguments near and past the C limits (OverflowError, clamping)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a'.ljust(2**63)
'%*d' % (2**63, 1)
'%.200f' % 1.0 == '1.' + '0' * 200
'{:9999999999999999999}'.format(1)
'a\tb'.expandtabs(2**31)
'ab'.replace('a', 'x' * 2**20, 1) == 'x' * 2**20 + 'b'
'abc' * 2**62
'a'.join(['b'] * 3)
('ab' * 1000).count('ab'), ('ab' * 1000).replace('ab', 'c') == 'c' * 1000
'x'.rjust(-2**63), 'x'.center(-1)
'abc'.find('b', 2**63), 'abc'.find('b', -2**63), 'abc'.count('', 2**70)
'abc'[2**70:], 'abc'[-2**70:], 'abc'[::2**70], 'abc'[::-2**70]
'abc'.split(None, 2**70), 'abc'.splitlines(2**70)
'abc'.startswith('a', 2**70), 'abc'.endswith('', -2**70)
''')
