# Constant expressions that would raise are not errors until executed.
def div():
    return 1 / 0
def idx():
    return "abc"[10]
def neg_shift():
    return 1 << -1
def bad_add():
    return "a" + 1
print("defined fine")
for fn in (div, idx, neg_shift, bad_add):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
if False:
    1 / 0
print("dead branch never ran")
