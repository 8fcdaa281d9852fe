# gc.get_referrers finds the containers that hold an object.
import gc


class Obj:
    pass


target = Obj()
holder_list = [target]
holder_dict = {"k": target}


class Holder:
    pass


h = Holder()
h.attr = target
refs = gc.get_referrers(target)
print(any(r is holder_list for r in refs))
print(any(r is holder_dict for r in refs))
print(any(r is h.__dict__ for r in refs) or any(r is h for r in refs))
print(gc.get_referrers() == [])
