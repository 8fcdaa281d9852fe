# upper and lower with full Unicode case mappings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'ß'.upper(), 'ﬁ'.upper(), 'ﬃ'.upper(), 'ŉ'.upper(), 'ΐ'.upper()
'İ'.lower(), len('İ'.lower()), 'ẞ'.lower()
'ΑΣ'.lower(), 'ΑΣ Σ'.lower(), 'ΑΣΑ'.lower(), 'Σ'.lower()
'ΑΣ.'.lower(), 'Α.Σ'.lower(), "ΑΣ'Σ".lower(), 'ΑΣ\u0301'.lower()
'ǅ'.upper(), 'ǅ'.lower(), 'ǈ'.upper()
'ꭰ'.upper(), 'Ꭰ'.lower()
'\U00010428'.upper(), '\U00010400'.lower()
'ı'.upper(), 'ſ'.upper(), 'ǰ'.upper()
'abc'.isupper(), 'ABC'.isupper(), 'A1'.isupper(), '1'.isupper(), 'ß'.islower()
'ǅ'.isupper(), 'ǅ'.islower()
'x'.upper(1)
''')
