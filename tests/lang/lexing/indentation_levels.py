# Mixed indentation widths in different blocks, deep nesting, dedent by many levels.
def f(n):
  if n > 0:
        for i in range(n):
                if i == n - 1:
                 return i
  return -1
print(f(3), f(0))
class C:
     def m(self):
      return "odd indents"
print(C().m())
if True:
    if True:
        if True:
            print("deep")
print("back at top")
