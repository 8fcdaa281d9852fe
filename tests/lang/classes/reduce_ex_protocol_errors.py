# object.__reduce_ex__ needs an integer protocol.
class C:
    pass


c = C()
for proto in ('2', 2.0, None):
    try:
        c.__reduce_ex__(proto)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)
print(len(c.__reduce_ex__(True)))
object.__reduce_ex__(c, [])
