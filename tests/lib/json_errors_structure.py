import json
for s in ['[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '[', '{', '{"a":', '[1]x', '{"a":1 "b":2}',
          '{"a":1}}', '[1,\n 2,\n x]', '{\n  "a": [\n    1,\n    }']:
    try:
        json.loads(s)
    except ValueError as e:
        print(type(e).__name__, e)
