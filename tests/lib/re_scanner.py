from _re_loader import re

sc = re.compile(r'\d+|\s+|[a-z]+').scanner('12 ab 3')
while True:
    m = sc.match()
    if not m:
        break
    print(m.group(), m.span())
print(sc.match())
sc = re.compile(r'a').scanner('banana')
print(sc.search().span(), sc.search().span(), sc.search().span(), sc.search(), sc.pattern.pattern)
