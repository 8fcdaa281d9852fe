# a generator returning from GeneratorExit closes quietly; raising another error propagates
def a():
    try:
        yield
    except GeneratorExit:
        return 5
def b():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
it = a(); next(it)
print(it.close())
it = b(); next(it)
try:
    it.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
