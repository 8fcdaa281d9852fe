# global inside a class body writes the module binding.
def helper():
    return "h"
class C:
    global made_in_class
    made_in_class = "from class"
    x = helper()
print(made_in_class, C.x, hasattr(C, "made_in_class"))
v = "module"
class D:
    v = "class"
    def get(self):
        return v
print(D().get(), D.v)
