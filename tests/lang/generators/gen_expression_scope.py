# generator expressions evaluate the first iterable eagerly
def src():
    print("src evaluated")
    return [1, 2]
ge = (x * 2 for x in src())
print("created")
print(list(ge), list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print(e)
print(type(ge).__name__, ge.__name__)
