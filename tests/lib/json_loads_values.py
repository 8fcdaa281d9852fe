import json
for s in ['null', 'true', 'false', '0', '-0', '-0.0', '1E5', '1e+5', '2.5e-3', '123456789012345678901234567890',
          'NaN', 'Infinity', '-Infinity', '[1e400]', '"x\\ny\\u00e9\\/"', '"\\ud800\\udc00"', '"\\ud800x"', '"\ud800"',
          ' {"a" : [1, 2.5e3, true, null], "b": {}, "c": []} ', '[[[]]]', '{"a":1, "a":2}', '"\\u0041\\u00DF"']:
    print(repr(json.loads(s)))
