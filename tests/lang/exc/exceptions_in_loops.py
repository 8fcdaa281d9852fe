# Catching exceptions in loops; accumulating errors
data = ['1', '2', 'x', '4', '', '6.5', '-7']
good, bad = [], []
for s in data:
    try:
        good.append(int(s))
    except ValueError as e:
        bad.append(str(e))
print(good)
for b in bad:
    print(b)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    except TypeError as e:
        return "type: " + str(e)
print([safe_div(1, x) for x in (1, 2, 0, 4)])
print(safe_div('a', 2))
results = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(-e.args[0])
        continue
    finally:
        results.append('f')
print(results)
