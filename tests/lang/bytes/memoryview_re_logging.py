# re's charset compiler casts a memoryview to 'I' (it failed before multi-byte casts).
import re

print(re.compile('(?i)[a-z]+').findall('aBc dEF'))
print(re.findall('[\u0100-\u0200x]+', 'x\u0150\u0160y'))
print(re.sub('(?i)[^a-z0-9]', '_', 'Hello, World!'))
print(re.findall(b'(?i)[a-f0-9]+', b'DEAD beef 42'))
h = memoryview(bytes(range(8))).cast('I')
print(h.itemsize, len(h))
