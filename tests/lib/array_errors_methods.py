import array
a = array.array('i', [1, 2, 3])
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: a.insert('x', 1), lambda: a.pop('x'), lambda: a.index(), lambda: a.append(), lambda: a.count(),
          lambda: a.insert(1), lambda: a.pop(1, 2), lambda: a.index(1, 'x'), lambda: a.index(1, 1),
          lambda: a.tofile(1), lambda: a.fromfile(1, 1), lambda: a.extend(5), lambda: a[::0]):
    attempt(f)
print(a)
