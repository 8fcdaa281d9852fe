import _json
import json.decoder  # CPython only finds JSONDecodeError once json.decoder is imported
calls = [lambda: _json.scanstring('"abc"', 10), lambda: _json.scanstring(1, 1), lambda: _json.scanstring('"abc"', -1),
         lambda: _json.encode_basestring_ascii(1), lambda: _json.encode_basestring(None),
         lambda: _json.make_scanner(), lambda: _json.scanstring('"a\x01"', 1)]
for f in calls:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
