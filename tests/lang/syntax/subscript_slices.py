# Subscripts: extended slices, tuples of slices, Ellipsis, starred in subscripts.
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
print(s[()], s[1,], s[a:=2] if (a := 0) == 0 else None)
print([0, 1, 2, 3, 4][::-2], "abcdef"[1:-1:2])
idx = (1, 2)
print(s[*idx], s[0, *idx])
