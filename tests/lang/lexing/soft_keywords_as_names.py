# Soft keywords and builtins usable as identifiers.
match = 1
case = 2
_ = 3
type = "shadowed type"
print(match + case + _, type)
def case(match=5):
    return match
print(case())
print = print
print("print still works")
