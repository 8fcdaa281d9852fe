# splitlines on every line boundary, with keepends
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a\nb\rc\r\nd'.splitlines()
'a\x0bb\x0cc'.splitlines()
'a\x1cb\x1dc\x1ed'.splitlines()
'a\x85b\u2028c\u2029d'.splitlines()
'a\nb\rc\r\nd\x85e\u2028'.splitlines(True)
'a\x1c\x1d\x1e'.splitlines(keepends=True)
'\n\n'.splitlines(), '\n\n'.splitlines(True)
''.splitlines(), ''.splitlines(True)
'no newline'.splitlines()
'\r\r\n\n'.splitlines(True)
'x\x1fy'.splitlines()
'a\nb'.splitlines(0), 'a\nb'.splitlines(2)
'a\nb'.splitlines('x')
'a\nb'.splitlines(1, 2)
'a\nb'.splitlines(keepend=True)
''')
