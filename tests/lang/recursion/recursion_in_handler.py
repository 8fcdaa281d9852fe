# RecursionError unwinds through finally blocks and handlers at every level
entered = [0]
cleanups = [0]
def dive(n):
    try:
        entered[0] += 1
        return dive(n + 1)
    finally:
        cleanups[0] += 1
try:
    dive(0)
except RecursionError:
    print("caught")
print(entered[0] == cleanups[0], entered[0] > 500)
def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n
r = catch_inside(0)
print(r > 500)
print(catch_inside(0) > 500)
