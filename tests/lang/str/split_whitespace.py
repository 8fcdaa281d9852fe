# split and rsplit without a separator
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'  a  b\tc\n '.split(), '  a  b\tc\n '.rsplit()
'a b c'.split(None, 1), 'a b c'.rsplit(None, 1)
'  a b  '.split(maxsplit=1), '  a b  '.rsplit(maxsplit=1)
'a\x1cb\x85c\u3000d\xa0e'.split()
''.split(), '   '.split(), ''.rsplit()
'a b'.split(None, 0), '  a b  '.split(None, 0), '  a b  '.rsplit(None, 0)
'a b c'.split(None, -1), 'a b c'.split(maxsplit=-5)
'a\u2028b\u200bc'.split()
''')
