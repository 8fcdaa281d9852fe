from _re_loader import re

c = re.compile(r"""
    (\d{3})   # area
    [-\ ]?    # sep
    (\d{4})   # number
""", re.X)
print(c.match('555-1234').groups(), c.match('555 1234').groups())
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'\d', '1\u0662'), re.findall(r'(?a)\d', '1\u0662'))
print(re.findall(r'\s', 'a\u00a0b c'), re.findall(r'\s', 'a\u00a0b c', re.A))
print(re.findall(r'\bx', 'éx x'), re.findall(r'(?a)\bx', 'éx x'))
