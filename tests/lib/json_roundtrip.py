import json
data = {'users': [{'id': i, 'name': 'u%d' % i, 'score': i / 3, 'tags': ['a', 'caf\u00e9'], 'ok': i % 2 == 0,
                   'none': None} for i in range(20)], 'meta': {'n': 20, 'emoji': '\U0001F600'}}
for kw in ({}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}, {'indent': 1}):
    text = json.dumps(data, **kw)
    print(len(text), json.loads(text) == data)
print(json.dumps(data)[:120])
