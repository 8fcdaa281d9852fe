# Error 5 frames deep after some output
def l1(x): return l2(x) + 1
def l2(x): return l3(x) * 2
def l3(x): return l4(x) - 3
def l4(x): return l5(x)
def l5(x): return 100 // x
for v in (1, 2, 0):
    print(l1(v))
