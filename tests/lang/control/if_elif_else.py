# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in (-5, 0, 3, 42, 1000):
    print(v, classify(v))
x = 5
if x:
    print("truthy int")
if not 0:
    print("0 is falsy")
if "":
    print("never")
else:
    print("empty str falsy")
if []:
    print("never")
elif [0]:
    print("non-empty list truthy")
if None is None: print("one-line if")
if 1:
    if 0:
        print("no")
    else:
        print("nested else")
for val in (0, 0.0, '', (), {}, set(), range(0), None, False, 1, -1, 0.1, 'a', (0,), {0: 0}):
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")
