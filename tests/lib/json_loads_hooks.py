import json, collections, decimal
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1.5, "b": [0.1]}', parse_float=decimal.Decimal))
print(json.loads('[1, -2]', parse_int=str), json.loads('{"x": 1, "y": {"z": 2}}', object_hook=sorted))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'const:' + c))
print(json.loads('"a\tb"', strict=False), json.loads(b'[1, "\xc3\xa9"]'))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.JSONDecoder().scan_once('[1, 2] x', 0))
