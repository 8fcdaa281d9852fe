# sys._getframe inside a class body and a comprehension
import sys
class C:
    name = sys._getframe().f_code.co_name
    loc = "name" in sys._getframe().f_locals
print(C.name, C.loc)
print([sys._getframe().f_code.co_name for _ in range(1)])
print(sys._getframe().f_code.co_name)
