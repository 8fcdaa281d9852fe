# pickle: what CPython's C unpickler (_pickle) raises for local classes and corrupt data.
import pickle

def local():
    class Inner:
        pass
    return Inner

try:
    pickle.dumps(local()())
except (AttributeError, pickle.PicklingError) as e:
    print(type(e).__name__, e)
for data in (b"garbage", pickle.dumps([1, 2, 3])[:-3], b".", b"}."[::-1]):
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
for data in ("text", b""):
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
