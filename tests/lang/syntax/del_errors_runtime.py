# del failures are runtime errors.
def tries(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def a():
    del undefined_global_xyz
def b():
    d = {}
    del d["missing"]
def c():
    class O: pass
    del O().nope
def d():
    t = (1, 2)
    del t[0]
for fn in (a, b, c, d):
    tries(fn)
