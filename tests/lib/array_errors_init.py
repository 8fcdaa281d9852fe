import array
cases = [('i', 'abc'), ('b', 'x'), ('i', b'abc'), ('i', 5), ('i', array.array('d', [1.0])),
         ('i', array.array('u', 'a')), ('u', [1]), ('u', ['ab']), ('d', ['1']), ('i', [None])]
for args in cases:
    try:
        print(array.array(*args))
    except Exception as e:
        print(args[0], type(e).__name__, e)
print(array.array('d', array.array('i', [1, 2])), array.array('u', b'a\0\0\0'))
