# __getitem__ receives slice objects (with None parts) and tuples of them
class Show:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return k
s = Show()
print(s[1:2], s[:], s[::3], s[:-1:], s[1:2, 3], s[..., 1], s[()], s[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 10, 2).indices(5), repr(slice(None)))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    [1, 2, 3][::0]
except ValueError as e:
    print(e)
try:
    [1][1.0:]
except TypeError as e:
    print(e)
