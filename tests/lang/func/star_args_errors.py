# errors in star-argument expressions
def f(*a, **k):
    return a, k
class BadIter:
    def __iter__(self):
        raise RuntimeError("iter failed")
try:
    f(*BadIter())
except RuntimeError as e:
    print(e)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    f(**BadKeys())
except TypeError as e:
    print(e)
try:
    f(*None)
except TypeError as e:
    print(e)
try:
    f(**None)
except TypeError as e:
    print(e)
