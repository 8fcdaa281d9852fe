# The stdlib paths that cast memoryviews to 'I' (re's charset compiler, logging).
import logging
import re

print(re.compile('(?i)[a-z]+').findall('aBc dEF'))
print(re.findall('[\u0100-\u0200x]+', 'x\u0150\u0160y'))
print(re.sub('(?i)[^a-z0-9]', '_', 'Hello, World!'))
logging.basicConfig(format='%(levelname)s:%(message)s')
logging.warning('careful %s', 'now')
h = memoryview(bytes(range(8))).cast('I')
print(h.itemsize, len(h))
