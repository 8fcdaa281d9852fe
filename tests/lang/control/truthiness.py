# bool() of many values, and truth testing in conditions
values = [0, 1, -1, 0.0, -0.0, 1e-300, '', ' ', 'False', [], [[]], (), ((),),
          {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 10**100]
for v in values:
    print(repr(v), bool(v), 'T' if v else 'F')
print(bool(), int(bool(5)))
x = 0
while x < 3 and [1]:
    x += 1
print(x)
