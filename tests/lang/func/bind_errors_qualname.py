# binding error messages use the qualified name
class Outer:
    class Inner:
        def meth(self, a):
            pass
def make():
    def local(x):
        pass
    return local
for call in (lambda: Outer.Inner().meth(), lambda: make()(), lambda: Outer.Inner().meth(1, q=2)):
    try:
        call()
    except TypeError as e:
        print(e)
