import array
for args in [('z',), ('ii',), (1,), ('',), (b'i',)]:
    try:
        array.array(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    array.array('i', [], x=1)
except TypeError as e:
    print(e)
try:
    array.array()
except TypeError as e:
    print(e)
