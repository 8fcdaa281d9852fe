# gc.get_referents returns the objects directly reachable from its arguments.
import gc

a = "alpha"
b = [1]
lst = [a, b]
r = gc.get_referents(lst)
print(len(r), r[0] is a, r[1] is b)
d = {"key": b}
rd = gc.get_referents(d)
print(any(x is b for x in rd), any(x == "key" for x in rd))
t = (b, b)
print(len(gc.get_referents(t)))
print(gc.get_referents(1, "s", 2.5))
print(len(gc.get_referents(lst, t)))
print(gc.get_referents())
