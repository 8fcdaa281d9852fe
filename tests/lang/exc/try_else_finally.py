# else and finally clauses in every combination
def run(fail):
    try:
        print(" try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print(" except", e)
    else:
        print(" else")
    finally:
        print(" finally")
print("ok path"); run(False)
print("fail path"); run(True)
try:
    print("try only with finally")
finally:
    print("finally")
try:
    try:
        raise TypeError("propagates")
    finally:
        print("finally before propagation")
except TypeError as e:
    print("caught", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else without finally")
def f():
    try:
        return "from try"
    except Exception:
        print("never")
    else:
        print("never")
    finally:
        print("finally in f")
print(f())
