import unicodedata as u
calls = [(u.normalize, ('NFX', 'a')), (u.normalize, ('nfc', 'a')), (u.normalize, ('NFC',)), (u.normalize, (1, 'a')),
         (u.normalize, ('NFC', b'a')), (u.normalize, ('NFC', None)), (u.is_normalized, ('NFZ', 'a')),
         (u.is_normalized, ('NFC', 1)), (u.is_normalized, ()), (u.ucd_3_2_0.normalize, ('X', 'a'))]
for f, args in calls:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
