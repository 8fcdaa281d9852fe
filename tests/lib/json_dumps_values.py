import json, enum
class C(enum.IntEnum):
    A = 5
values = [None, True, 1.5, -0.0, 1e16, 10**30, 'x\u2028\U0001F600"', [1, (2, 3)], {'a': {'b': []}},
          {1: 2, 1.5: 3, True: 4, None: 5}, [C.A, 2.0, {C.A: 1}], float('nan'), {'k': float('-inf')}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, 2]}, sort_keys=True, separators=(',', ':')))
print(json.dumps({(1,): 1, 'x': 2, 3: 4}, skipkeys=True))
print(json.dumps({'a': [1, {'b': None}]}, indent=2))
