try:
    int.__subclasses__(1)
except TypeError as e:
    print('TypeError', e)
try:
    type.__subclasses__(5)
except TypeError as e:
    print('TypeError', e)
type.__subclasses__()
