# Subscript and attribute errors inside multi-line expressions.
data = {"a": [1, 2]}
def get(key, idx):
    return (data
            [key]
            [idx])
def attr(o):
    return (o
            .first
            .second)
class O: first = None
for fn, args in [(get, ("a", 5)), (get, ("b", 0)), (attr, (O(),))]:
    try:
        fn(*args)
    except (IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e.__traceback__.tb_next.tb_lineno)
