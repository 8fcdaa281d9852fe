# pass does nothing, anywhere a statement is required
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class E(Exception):
    pass
print(E.__name__)
x = 1; pass; y = 2
print(x + y)
