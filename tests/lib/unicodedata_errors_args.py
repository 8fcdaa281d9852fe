import unicodedata as u
calls = [(u.category, ('ab',)), (u.category, (1,)), (u.category, ()), (u.bidirectional, ('x', 'y')),
         (u.name, ('ab',)), (u.name, ()), (u.name, ('a', 'b', 'c')), (u.decimal, (1,)),
         (u.normalize, ('NFX', 'a')), (u.normalize, ('NFC',)), (u.normalize, (1, 'a')), (u.normalize, ('NFC', b'a')),
         (u.is_normalized, ('nfc', 'a')), (u.combining, ('',)), (u.east_asian_width, (None,))]
for f, args in calls:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
