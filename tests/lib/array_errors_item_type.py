import array
for c in 'bBhHiIlLqQfdu':
    for v in (1.5, 'x', None, [1], 1):
        try:
            array.array(c, [v])
        except TypeError as e:
            print(c, repr(v), e)
class Idx:
    def __index__(self):
        return 7
print(array.array('i', [Idx()]), array.array('d', [Idx()]))
