import unicodedata as u
for f in (u.decimal, u.digit, u.numeric):
    for arg in ('a', '\u00bd', 'ab', 1):
        try:
            print(f(arg))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
