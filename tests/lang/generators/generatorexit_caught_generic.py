# except Exception does not catch GeneratorExit
def g():
    try:
        yield
    except Exception:
        print("not here")
    finally:
        print("finally")
it = g(); next(it)
it.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
