# yielding after GeneratorExit is a RuntimeError
def g():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring")
it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
it.close()
print("closed for real", list(it))
