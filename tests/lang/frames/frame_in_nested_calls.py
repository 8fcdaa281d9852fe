# Frames seen from C-called code: functions called by builtins (map, sorted key,
# __repr__, __eq__) still chain back through f_back to their Python caller.
import sys
def key(v):
    return (sys._getframe(1).f_code.co_name, v)
def sorter():
    return sorted([2, 1], key=key)
print(sorter())
class R:
    def __repr__(self):
        return sys._getframe(1).f_code.co_name
def show():
    return repr(R())
print(show())
def via_map():
    return list(map(lambda v: sys._getframe().f_back.f_code.co_name, [1]))
print(via_map())
class Prop:
    @property
    def where(self):
        return sys._getframe(1).f_lineno
p = Prop()
print(p.where)
