# ** with a non-mapping and non-string keys
def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**[1, 2])
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
