import json
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = []
a.append(a)
attempt(lambda: json.dumps(object(), default=lambda o: o))
attempt(lambda: json.dumps(a, check_circular=False))
attempt(lambda: json.dumps({2: 1, 'x': 2}, sort_keys=True))
attempt(lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
attempt(lambda: json.loads('[1.5]', parse_float=lambda s: 1 / 0))
attempt(lambda: json.loads('1' * 5000))
attempt(lambda: json.loads(None))
attempt(lambda: json.JSONDecoder().scan_once('[1]', -1))
attempt(lambda: json.JSONDecoder().scan_once(b'[1]', 0))
attempt(lambda: json.JSONDecoder().scan_once('[1]', 5))
