# property docs: taken from the getter, refreshed by .getter(), kept when explicit
def g1(s): 'doc1'
def g2(s): 'doc2'
def g3(s): pass
print(property(g1).getter(g2).__doc__)
print(property(g1, doc='explicit').getter(g2).__doc__)
print(property(g1).getter(g3).__doc__)
print(property(g1).setter(lambda s, v: None).__doc__)
p = property(g1)
p2 = p.deleter(lambda s: None)
print(p2.__doc__, p2.fdel is not None, p.fdel)
try:
    property(5)()
except TypeError as e:
    print(e)
class C:
    x = property(5)
try:
    C().x
except TypeError as e:
    print(e)
