# UnboundLocalError when a branch that binds a local didn't run
def pick(flag):
    if flag:
        result = "set"
    return result
print(pick(True))
print(pick(False))
