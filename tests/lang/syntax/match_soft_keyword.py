# match, case and _ are soft keywords: usable as ordinary names.
match = [1, 2]
case = {"a": 1}
_ = "underscore"
print(match, case, _)
def match_(match):
    return match * 2
print(match_(3))
print(match[0], case["a"])
match match:
    case [case, *_]:
        print("case bound to", case)
class match:
    case = 5
print(match.case)
