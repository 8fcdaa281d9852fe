# ASCII-only replace, case conversion and stepped slices at the edges
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'aaa'.replace('a', ''), 'ab'.replace('a', ''), 'abab'.replace('ab', 'x'), 'aaaa'.replace('aa', 'b', 1)
'abc'.replace('abc', ''), 'abc'.replace('x', 'y'), 'a-b-c'.replace('-', '--', 0), 'a-b-c'.replace('-', '', -1)
'abcabc'.replace('bc', 'é'), 'abc'.replace('b', '\U0001F600'), 'ab'.replace('a', 'aaa', 1)
type('xx'.replace('x', 'y')).__name__, 'ab'.replace('a', '')
('x' * 1000).replace('x', 'yz').count('yz'), ('ab' * 500).replace('b', '') == 'a' * 500
'Hello World 123!'.upper(), 'Hello World 123!'.lower(), 'Hello World 123!'.swapcase()
'hello wORLD 1a2b'.title(), "it's 2nd-rate".title(), 'hELLO wORLD'.capitalize(), '1ABC'.capitalize()
'HeLLo'.casefold(), '@[`{'.upper(), '@[`{'.lower(), 'az'.swapcase(), 'AZ'.swapcase()
'a'.upper(), 'Ab'.lower(), ''.upper(), ' '.title()
'abcdef'[::2], 'abcdef'[::-1], 'abcdef'[4::-2], 'abcdef'[1:5:3], 'ab'[::-1], 'abcdef'[5:0:-5]
'a\x7fb\x00'[::-1], 'ascii'[::-1].isascii()
class S(str): pass
type(S('abcd')[::2]).__name__, type(S('ab cd').upper()).__name__, type(S('aXa').replace('X', 'y')).__name__
'%s-%d' % ('k', 5), '{}:{}'.format('a', 1), 'é%s' % 'x', '%s' % '\U0001F600'
''')
