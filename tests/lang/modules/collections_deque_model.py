# _collections.deque against a list model under a deterministic mix of operations
from _collections import deque

seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
d, model = deque(), []
for step in range(6000):
    op = rand(12)
    if op < 3:
        d.append(step); model.append(step)
    elif op < 5:
        d.appendleft(step); model.insert(0, step)
    elif op == 5 and model:
        assert d.pop() == model.pop()
    elif op == 6 and model:
        assert d.popleft() == model.pop(0)
    elif op == 7 and model:
        k = rand(len(model) * 2 + 1) - len(model)
        d.rotate(k)
        if model:
            k %= len(model)
            model[:] = model[-k:] + model[:-k] if k else model
    elif op == 8 and model:
        i = rand(len(model))
        assert d[i] == model[i] and d[-i - 1] == model[-i - 1]
        d[i] = -step; model[i] = -step
    elif op == 9 and model:
        i = rand(len(model))
        del d[i]; del model[i]
    elif op == 10:
        i = rand(len(model) + 3) - 1
        d.insert(i, step); model.insert(i, step)
    elif op == 11 and model and step % 50 == 0:
        d.reverse(); model.reverse()
    if step % 500 == 0:
        assert list(d) == model, step
        assert list(reversed(d)) == model[::-1]
print(len(d), list(d) == model, sum(d) == sum(model))
print(list(d)[:5], d.count(model[0]) if model else 0)
