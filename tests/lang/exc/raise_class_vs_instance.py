# raise Class instantiates it; raise instance uses it; errors for non-exceptions
class E(Exception):
    def __init__(self, *a):
        print('E init', a)
        super().__init__(*a)
try:
    raise E
except E as e:
    print(repr(e))
try:
    raise E('x')
except E as e:
    print(repr(e))
class Returns(Exception):
    def __new__(cls):
        return 5
try:
    raise Returns
except TypeError as e:
    print(e)
try:
    raise ValueError('x') from ValueError
except ValueError as e:
    print(repr(e.__cause__))
