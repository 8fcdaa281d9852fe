# pickle: unpicklable objects, truncated data, bad protocols, custom reduce, Pickler/Unpickler classes.
import io
import pickle

for obj in (lambda: 1, (x for x in ()), io.StringIO()):
    try:
        print(len(pickle.dumps(obj)) > 0)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__)
try:
    pickle.dumps(io.BytesIO(), protocol=1)
except TypeError as e:
    print("TypeError", e)
for data in (b"", b"\x80\x04", b"N"):
    try:
        pickle.loads(data)
    except EOFError as e:
        print("EOFError")
try:
    pickle.loads(b"\x80\x09.")
except ValueError as e:
    print("ValueError", e)
try:
    pickle.dumps(1, protocol=99)
except ValueError as e:
    print("ValueError", e)

class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Custom, (self.v * 2,))

print(pickle.loads(pickle.dumps(Custom(21))).v)

class WithState:
    def __getstate__(self):
        return {"s": 1}
    def __setstate__(self, st):
        self.restored = st

print(pickle.loads(pickle.dumps(WithState())).restored)

buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=3)
p.dump({"k": [1, 2]})
p.dump("second")
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print("EOFError")
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
