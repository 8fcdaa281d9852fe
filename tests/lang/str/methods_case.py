# str case mapping: title, capitalize, swapcase, casefold with Unicode specials
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'hello world'.title(), "they're bill's".title(), 'ǆemal'.title(), 'ﬁsh'.title(), 'aBc DeF'.swapcase(), 'ß'.upper(), 'ß'.casefold(), 'ﬀ'.upper(), 'İ'.lower(), len('İ'.lower())
'ΣΑΣ'.lower(), 'ΑΣ'.lower(), 'Σ'.lower(), 'aΣ b'.lower(), 'ΌΣΟΣ ΑΣ'.lower(), 'ŉ'.upper(), 'ǰ'.upper(), 'ΐ'.upper()
'hELLO wORLD'.capitalize(), 'ǆ'.capitalize(), 'ß'.capitalize(), 'ﬁ'.capitalize(), '123abc'.capitalize(), ''.capitalize()
'µ'.upper(), 'ÿ'.upper(), 'ſ'.upper(), 'ı'.upper(), 'K'.lower(), 'Å'.lower(), 'ǅ'.swapcase(), 'ǅ'.lower(), 'ǅ'.upper()
'Straße'.casefold() == 'strasse', 'ﬃ'.casefold(), 'ΣΊΣΥΦΟΣ'.casefold(), 'ᾈ'.lower(), 'ᾀ'.upper(), 'ᾀ'.title()
'abc'.upper(1)
'ǈ'.istitle(), 'Ǉ'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ß'.islower(), '1'.islower(), 'a1'.islower()
'ǅa Bb'.istitle(), ''.istitle(), 'A'.istitle(), '1A'.istitle(), 'A1a'.istitle()
''')
