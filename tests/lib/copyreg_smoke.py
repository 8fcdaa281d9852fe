import copyreg, copy, pickle
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
def reduce_pt(p):
    print("reduce_pt called")
    return (Pt, (p.x * 10, p.y))
copyreg.pickle(Pt, reduce_pt)
q = copy.copy(Pt(1, 2)); print(q.x, q.y)
r = pickle.loads(pickle.dumps(Pt(3, 4))); print(r.x, r.y)
try:
    copyreg.pickle(Pt, 5)
except TypeError as e:
    print("TypeError", e)
print(copyreg.__newobj__.__name__, Pt in copyreg.dispatch_table)
copyreg.add_extension("mymod", "myname", 12345)
print(copyreg._extension_registry[("mymod", "myname")])
try:
    copyreg.add_extension("mymod", "other", 12345)
except ValueError as e:
    print("ValueError", e)
copyreg.remove_extension("mymod", "myname", 12345)
try:
    copyreg.add_extension("m", "n", 0)
except ValueError as e:
    print("ValueError", e)
class S:
    __slots__ = ("a", "b")
print(copyreg._slotnames(S), S.__slotnames__)
