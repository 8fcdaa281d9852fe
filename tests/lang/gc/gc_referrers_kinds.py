# get_referrers finds lists, dicts and instances holding an object.
import gc


class C:
    pass


target = C()
holder_list = [target]
holder_dict = {"k": target}
holder_obj = C()
holder_obj.t = target
refs = gc.get_referrers(target)
print(any(r is holder_list for r in refs))
print(any(r is holder_dict for r in refs))
print(any(r is holder_obj.__dict__ or r is holder_obj for r in refs))
print(gc.get_referrers())
