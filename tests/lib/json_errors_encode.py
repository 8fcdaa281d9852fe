import json
a = []
a.append(a)
d = {}
d['d'] = d
for f in (lambda: json.dumps(float('inf'), allow_nan=False), lambda: json.dumps(a), lambda: json.dumps(d),
          lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True),
          lambda: json.dumps([{1j}])):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
