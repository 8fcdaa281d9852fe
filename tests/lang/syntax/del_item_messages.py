# Messages for deleting items of objects that do not support it: "doesn't" when
# the sequence protocol is involved (an index key), "does not" otherwise.
for o in [(1,2), "ab", b"ab", frozenset(), 1, range(3), None, {1}, iter([]), 1.5, True]:
    for k in (0, "a", True):
        try: del o[k]
        except TypeError as e: print(e)
class A: pass
class B:
    def __getitem__(self, i): return 1
for o in (A(), B()):
    for k in (0, "a"):
        try: del o[k]
        except TypeError as e: print(e)
