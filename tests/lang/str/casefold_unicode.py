# casefold with full Unicode folding
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'HELLO'.casefold()
'ß'.casefold(), 'ẞ'.casefold()
'ﬁ'.casefold(), 'ﬀ'.casefold()
'Σσς'.casefold()
'İ'.casefold()
'ŉ'.casefold()
'ΐ'.casefold()
'Ꭰ'.casefold(), 'ꭰ'.casefold()
'µ'.casefold()
'Straße'.casefold() == 'STRASSE'.casefold()
''.casefold()
'ǅ'.casefold()
'abc'.casefold(1)
''')
