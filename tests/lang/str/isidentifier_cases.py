# str.isidentifier on ASCII and Unicode names
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'abc'.isidentifier(), '_'.isidentifier(), '_1'.isidentifier()
'1a'.isidentifier(), ''.isidentifier(), 'a b'.isidentifier()
'def'.isidentifier(), 'None'.isidentifier()
'é'.isidentifier(), 'αβγ'.isidentifier(), '名前'.isidentifier()
'a\u0301'.isidentifier(), '\u0301a'.isidentifier()
'℘'.isidentifier(), '℮'.isidentifier(), '·'.isidentifier(), 'a·'.isidentifier()
'a-b'.isidentifier(), 'a$'.isidentifier(), '${'.isidentifier()
'x²'.isidentifier(), '²'.isidentifier(), 'x٣'.isidentifier(), '٣x'.isidentifier()
'\U0001D400'.isidentifier(), '\U0001F600'.isidentifier()
'ﬁ'.isidentifier(), 'ᅠ'.isidentifier()
'abc'.isidentifier(1)
''')
