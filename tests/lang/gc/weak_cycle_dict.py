# A dict that contains itself, a list inside a tuple inside the list.
import gc

gc.disable()
d = {}
d["d"] = d
l = []
t = (l,)
l.append(t)
del d, l, t
print(gc.collect())
gc.enable()
