# Invalid except* types are TypeErrors at run time.
def attempt(t):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* t:
            print("caught")
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))
attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
attempt(42)
attempt((ValueError, 42))
attempt(int)
class MyGroup(ExceptionGroup):
    pass
attempt(MyGroup)
attempt((ValueError,))
