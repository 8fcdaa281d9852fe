import _json, json.decoder
for args in [('"abc"', 1), ('x"ab\\nc" rest', 2), ('"a\\u00e9\\ud83d\\ude00"', 1), ('"a\x01"', 1, False)]:
    print(_json.scanstring(*args), json.decoder.scanstring(*args))
print(_json.encode_basestring_ascii('a\u00e9\U0001F600"\n\x01'), _json.encode_basestring('a\u00e9\x01"\\\t'))
