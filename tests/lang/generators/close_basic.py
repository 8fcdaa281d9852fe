# close() raises GeneratorExit at the yield and runs finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
next(it)
print(it.close())
print(list(it))
it2 = g()
it2.close()
print("unstarted closed", list(it2))
it.close()
