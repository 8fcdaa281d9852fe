# Builtin functions and classes pickle by reference.
import pickle


for obj in (len, max, int, dict.fromkeys, pickle.dumps):
    for proto in (0, 2, 4):
        print(proto, pickle.loads(pickle.dumps(obj, proto)) is obj or pickle.loads(pickle.dumps(obj, proto)) == obj)
print(len.__reduce__(), pickle.loads(pickle.dumps([].append, 2))(1))
