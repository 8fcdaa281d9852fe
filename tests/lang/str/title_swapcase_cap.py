# title, swapcase and capitalize with Unicode
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'hello world'.title(), "they're bill's".title(), 'hELLO wORLD'.title()
'a1b2 c3'.title(), 'ǆemal'.title(), 'ﬂour ﬁsh'.title()
'ßtraße'.title(), 'σας σ'.title(), 'ŉx'.title()
'Hello World'.swapcase(), 'ß'.swapcase(), 'ǅ'.swapcase(), 'ΑΣ'.swapcase()
'İx'.swapcase(), 'ﬁ'.swapcase(), 'µ'.swapcase()
'hELLO'.capitalize(), 'ßa'.capitalize(), 'ǆA'.capitalize(), 'ﬁNE'.capitalize()
'123abc'.capitalize(), ''.capitalize(), ' x'.capitalize()
'ΑΣ Σ'.capitalize()
'x'.title(1)
'x'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'ǅ'.istitle(), ''.istitle()
''')
